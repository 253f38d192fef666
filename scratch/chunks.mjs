const t = performance.now();
const res = await fetch(process.argv[2]);
console.log("headers", (performance.now() - t).toFixed(0));
let n = 0, bytes = 0;
for await (const chunk of res.body) { n++; bytes += chunk.length; if (n <= 5 || n % 200 === 0) console.log("chunk", n, (performance.now() - t).toFixed(0), "ms", bytes); }
console.log("done", n, (performance.now() - t).toFixed(0), bytes);
