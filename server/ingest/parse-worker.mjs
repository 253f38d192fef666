// Worker threads do not inherit tsx's loader, so the worker registers it before loading TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
