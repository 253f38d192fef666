// The browser's tRPC client. Imported on demand (thread-controls.tsx): no page needs it to start,
// so it stays out of the scripts every page runs before its first comment is drawn (issue 14).
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { MAX_BATCH } from "@/server/trpc/limits";
import type { AppRouter } from "@/server/trpc/root";

export const trpc = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", maxItems: MAX_BATCH })] });
