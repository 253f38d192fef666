// A worker thread that prepares dumps on request; see worker-pool.ts.
import { parentPort } from "node:worker_threads";
import { prepareDump } from "./prepare-dump";

export interface PrepareTask {
  id: number;
  file: string;
  knownHash: string | undefined;
}

parentPort!.on("message", async (task: PrepareTask) => {
  parentPort!.postMessage({ id: task.id, result: await prepareDump(task.file, task.knownHash) });
});
