// Downloads of one article: `?format=json` (the document contract), `csv` (one row a comment),
// `convokit` (a zipped ConvoKit corpus). 400 for another format, 404 for an unknown article.
import { TRPCError } from "@trpc/server";
import { strToU8, zipSync } from "fflate";
import { decodedParam } from "@/app/_components/load";
import { exportQuery } from "@/app/_components/page-query";
import { toConvokit, toCsv } from "@/server/export/formats";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

const text = (status: number, message: string) => new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const id = decodedParam((await params).articleId);
  const query = exportQuery(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.ok) return text(400, query.problem);
  let doc;
  try {
    doc = await api.article.document({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return text(404, `No article with the id “${id}”.`);
    throw error;
  }
  const attachment = (name: string, type: string, body: BodyInit) =>
    new Response(body, { headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" } });
  const exported = [{ id, doc }];
  switch (query.data.format) {
    case "json":
      return attachment(`${id}.json`, "application/json; charset=utf-8", JSON.stringify(doc, null, 2));
    case "csv":
      return attachment(`${id}.csv`, "text/csv; charset=utf-8", toCsv(exported));
    case "convokit": {
      const files = toConvokit(exported);
      const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [`${id}-corpus/${name}`, strToU8(content)])));
      return attachment(`${id}-convokit.zip`, "application/zip", zip as unknown as BodyInit);
    }
  }
}
