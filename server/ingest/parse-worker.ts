// A worker thread that prepares dumps on request; see worker-pool.ts.
import { parentPort, workerData } from "node:worker_threads";
import type { ParsedDocument } from "../../contract/contract";
import { prepareDump, type PreparedDump } from "./prepare-dump";

export interface PrepareTask {
  id: number;
  file: string;
  knownHash: string | undefined;
}

export type WorkerMessage = { id: number; docs: ParsedDocument[]; hash: string } | { id: number; result: PreparedDump };

/** Set by the pool once it has taken a portion: until then this thread waits, so an export is never read faster than it is stored. */
const taken = new Int32Array(workerData as SharedArrayBuffer);

parentPort!.on("message", async (task: PrepareTask) => {
  const result = await prepareDump(task.file, task.knownHash, (docs, hash) => {
    Atomics.store(taken, 0, 0);
    parentPort!.postMessage({ id: task.id, docs, hash } satisfies WorkerMessage);
    Atomics.wait(taken, 0, 0);
  });
  parentPort!.postMessage({ id: task.id, result } satisfies WorkerMessage);
});
