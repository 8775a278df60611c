// PostGraphile 5's @dataplan/pg calls Promise.withResolvers (Node 22+); this machine runs Node 20.
// Bench-only: without it every PostGraphile list query fails with "Cannot read properties of undefined (reading 'items')".
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
