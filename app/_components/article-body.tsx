import type { BlockRow } from "@/db/store";

export function ArticleBody({ body }: { body: Pick<BlockRow, "kind" | "text">[] }) {
  return (
    <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
      {body.map((block, i) => {
        switch (block.kind) {
          case "heading":
            return <h2 key={i} className="pt-2 font-sans text-xl font-semibold">{block.text}</h2>;
          case "quote":
            return <blockquote key={i} className="border-l-4 border-stone-300 pl-4 italic dark:border-stone-600">{block.text}</blockquote>;
          case "caption":
            return <p key={i} className="font-sans text-sm text-stone-600 dark:text-stone-400">{block.text}</p>;
          case "list-item":
            return <p key={i} className="pl-4">{block.text}</p>;
          default:
            return <p key={i}>{block.text}</p>;
        }
      })}
    </div>
  );
}
