/** "1 comment", "1,265 comments": a count with its noun, the number as people write it. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
