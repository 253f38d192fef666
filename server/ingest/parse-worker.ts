// A worker thread that prepares dumps on request; see worker-pool.ts.
import { parentPort, workerData } from "node:worker_threads";
import type { ParsedDocument } from "../../contract/contract";
import { prepareDump, type PreparedDump } from "./prepare-dump";

export interface PrepareTask {
  id: number;
  file: string;
  /** What its documents' sources start with (file-names.ts). */
  name: string;
  knownHash: string | undefined;
}

/** Besides documents and results, a worker says when it starts a file and, while an export is read, that it is still going. */
export type WorkerMessage =
  | { id: number; docs: ParsedDocument[]; hash: string }
  | { id: number; result: PreparedDump }
  | { id: number; started: true }
  | { id: number; alive: true };

/**
 * Flow control by credit: the pool adds up the comments it has taken from this thread (into a
 * batch it stores); while more than AHEAD sent ones are not taken yet, this thread waits, so a
 * large export is never read much faster than it is stored, and small files never wait at all.
 */
const taken = new BigInt64Array(workerData as SharedArrayBuffer);
const AHEAD = 50_000n;
let sent = 0n;

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

parentPort!.on("message", async (task: PrepareTask) => {
  post({ id: task.id, started: true });
  let saidAlive = performance.now();
  const alive = () => {
    if (performance.now() - saidAlive < 250) return;
    saidAlive = performance.now();
    post({ id: task.id, alive: true });
  };
  const result = await prepareDump(
    task.file,
    task.name,
    task.knownHash,
    (docs, hash) => {
      post({ id: task.id, docs, hash });
      sent += BigInt(docs.reduce((n, d) => n + d.comments.length, 0));
      for (let seen = Atomics.load(taken, 0); sent - seen > AHEAD; seen = Atomics.load(taken, 0)) Atomics.wait(taken, 0, seen);
    },
    alive,
  );
  post({ id: task.id, result });
});
