// Prepares dumps on all cores while the caller stores results as they arrive. At most
// `inFlight` files per worker are read or parsed at once, so memory stays bounded
// however large the folder is.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParsedDocument } from "../../contract/contract";
import type { PrepareTask, WorkerMessage } from "./parse-worker";
import type { PreparedDump } from "./prepare-dump";

export interface PoolOptions {
  workers?: number;
  inFlight?: number;
}

export async function prepareInWorkers(
  files: readonly string[],
  knownHash: (file: string) => string | undefined,
  /** A portion of a file's documents, before its result. */
  onDocs: (file: string, docs: ParsedDocument[], hash: string) => Promise<void>,
  onResult: (result: PreparedDump) => Promise<void>,
  options: PoolOptions = {},
): Promise<void> {
  if (files.length === 0) return;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(files.length / 8)));
  const inFlight = options.inFlight ?? 16;
  let next = 0;
  let done = 0;
  await new Promise<void>((resolve, reject) => {
    const workers = Array.from({ length: count }, () => {
      const taken = new SharedArrayBuffer(8);
      return { worker: new Worker(new URL("./parse-worker.mjs", import.meta.url), { workerData: taken }), taken: new BigInt64Array(taken) };
    });
    const finish = (error?: Error) => {
      for (const { worker } of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker) => {
      if (next >= files.length) return;
      const task: PrepareTask = { id: next, file: files[next]!, knownHash: knownHash(files[next]!) };
      next++;
      worker.postMessage(task);
    };
    // Messages are handled one at a time, in arrival order, each after the last one's writes;
    // each worker is told how many of its comments were taken (parse-worker.ts: flow control).
    let handled = Promise.resolve();
    const handle = async (message: WorkerMessage, worker: Worker, taken: BigInt64Array) => {
      if ("docs" in message) {
        await onDocs(files[message.id]!, message.docs, message.hash);
        Atomics.add(taken, 0, BigInt(message.docs.reduce((n, d) => n + d.comments.length, 0)));
        Atomics.notify(taken, 0);
        return;
      }
      await onResult(message.result);
      done++;
      if (done === files.length) return finish();
      feed(worker);
    };
    for (const { worker, taken } of workers) {
      worker.on("message", (message: WorkerMessage) => {
        handled = handled.then(() => handle(message, worker, taken)).catch((error: Error) => finish(error));
      });
      worker.on("error", (error) => finish(error));
      for (let i = 0; i < inFlight; i++) feed(worker);
    }
  });
}
