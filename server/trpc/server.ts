// The in-process caller for server components: no HTTP round trip.
import "server-only";
import { cache } from "react";
import { createContext } from "./init";
import { createCaller } from "./root";

const context = cache(createContext);

export const api = createCaller(() => context());
