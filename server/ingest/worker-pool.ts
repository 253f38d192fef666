// Prepares dumps on all cores while the caller stores results as they arrive. At most
// `inFlight` files per worker are read or parsed at once, so memory stays bounded
// however large the folder is. A file that makes its worker go silent for `fileTimeoutMs`, or
// crash, is reported as failed and the worker replaced: one bad file never stops an ingest.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParsedDocument } from "../../contract/contract";
import type { PrepareTask, WorkerMessage } from "./parse-worker";
import type { PreparedDump } from "./prepare-dump";

export interface PoolOptions {
  workers?: number;
  inFlight?: number;
  /** How long a file may go without progress (a portion of documents, or a chunk of an export read) before it is given up. */
  fileTimeoutMs?: number;
}

export const FILE_TIMEOUT_MS = 60_000;

interface Slot {
  worker: Worker;
  taken: BigInt64Array;
  /** Task ids sent to this worker and not finished, oldest (the one in progress) first. */
  queue: number[];
  /** When the file in progress last showed progress; null between files and while the worker starts. */
  heardAt: number | null;
  /** Its messages received and not yet handled: while any wait, the worker may be held back by flow control. */
  unhandled: number;
  /** Documents the file in progress has handed on. */
  handed: number;
  dead: boolean;
}

export async function prepareInWorkers(
  files: readonly string[],
  /** The name its documents' sources start with, and the hash stored for it. */
  identify: (file: string) => { name: string; knownHash: string | undefined },
  /** A portion of a file's documents, before its result. */
  onDocs: (file: string, docs: ParsedDocument[], hash: string) => Promise<void>,
  onResult: (result: PreparedDump) => Promise<void>,
  options: PoolOptions = {},
): Promise<void> {
  if (files.length === 0) return;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(files.length / 8)));
  // Queued tasks are only file names; a small dump is parsed in well under a millisecond, so a
  // short queue ran dry while the caller stored a batch, and half the ingest was waiting.
  const inFlight = options.inFlight ?? 128;
  const budget = options.fileTimeoutMs ?? FILE_TIMEOUT_MS;
  let next = 0;
  let done = 0;
  await new Promise<void>((resolve, reject) => {
    const slots: Slot[] = [];
    let watchdog: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      for (const slot of slots) {
        slot.dead = true;
        void slot.worker.terminate();
      }
      if (error) reject(error);
      else resolve();
    };
    const send = (slot: Slot, id: number) => {
      slot.queue.push(id);
      const { name, knownHash } = identify(files[id]!);
      slot.worker.postMessage({ id, file: files[id]!, name, knownHash } satisfies PrepareTask);
    };
    const feed = (slot: Slot) => {
      if (next < files.length) send(slot, next++);
    };

    // Messages are handled one at a time, in arrival order, each after the last one's writes;
    // each worker is told how many of its comments were taken (parse-worker.ts: flow control).
    let handled = Promise.resolve();
    const enqueue = (slot: Slot, message: WorkerMessage) => {
      handled = handled
        .then(() => handle(slot, message))
        .catch((error: Error) => finish(error));
    };
    const handle = async (slot: Slot, message: WorkerMessage) => {
      if ("docs" in message) {
        await onDocs(files[message.id]!, message.docs, message.hash);
        slot.handed += message.docs.length;
        Atomics.add(slot.taken, 0, BigInt(message.docs.reduce((n, d) => n + d.comments.length, 0)));
        Atomics.notify(slot.taken, 0);
        slot.unhandled--;
        if (slot.heardAt !== null) slot.heardAt = performance.now();
        return;
      }
      if (!("result" in message)) return;
      slot.unhandled--;
      await onResult(message.result);
      done++;
      if (done === files.length) return finish();
      feed(slot);
    };

    const spawn = (): Slot => {
      const taken = new SharedArrayBuffer(8);
      const slot: Slot = {
        worker: new Worker(new URL("./parse-worker.mjs", import.meta.url), { workerData: taken }),
        taken: new BigInt64Array(taken),
        queue: [],
        heardAt: null,
        unhandled: 0,
        handed: 0,
        dead: false,
      };
      slot.worker.on("message", (message: WorkerMessage) => {
        if (slot.dead) return;
        if ("started" in message || "alive" in message) {
          slot.heardAt = performance.now();
          if ("started" in message) slot.handed = 0;
          return;
        }
        slot.unhandled++;
        if ("result" in message) {
          slot.queue.shift();
          slot.heardAt = null;
        }
        enqueue(slot, message);
      });
      slot.worker.on("error", (error) => giveUp(slot, `the importer crashed: ${error.message}`));
      slot.worker.on("exit", () => giveUp(slot, "the importer stopped"));
      return slot;
    };

    /** Fails the worker's file in progress, replaces the worker and hands the new one the rest of its files. */
    const giveUp = (slot: Slot, reason: string) => {
      if (slot.dead || finished) return;
      slot.dead = true;
      void slot.worker.terminate();
      const replacement = spawn();
      slots[slots.indexOf(slot)] = replacement;
      const [id, ...rest] = slot.queue;
      for (const waiting of rest) send(replacement, waiting);
      if (id === undefined) return;
      const kept = slot.handed;
      const before = kept > 0 ? ` (the ${kept} article${kept === 1 ? "" : "s"} whole before it were kept)` : "";
      replacement.unhandled++;
      enqueue(replacement, { id, result: { kind: "failed", file: files[id]!, reason: `${reason}${before}`, kept } });
    };

    for (let i = 0; i < count; i++) slots.push(spawn());
    for (const slot of slots) for (let i = 0; i < inFlight; i++) feed(slot);
    watchdog = setInterval(
      () => {
        const now = performance.now();
        for (const slot of slots) {
          if (slot.heardAt !== null && slot.unhandled === 0 && now - slot.heardAt > budget) {
            giveUp(slot, `gave up after ${budget / 1000} s without progress (a file this slow to read is likely built to hang the importer)`);
          }
        }
      },
      Math.max(10, Math.min(1000, budget / 4)),
    );
  });
}
