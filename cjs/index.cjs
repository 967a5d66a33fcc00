'use strict';
// standar-pelayanan is an ES module. Node 20.19 and later can require() one; before that Node
// throws an error that does not say what to do, so this file says it, in both languages.
try {
  module.exports = require('../dist/index.js');
} catch (err) {
  if (err && (err.code === 'ERR_REQUIRE_ESM' || err.code === 'ERR_REQUIRE_ASYNC_MODULE')) {
    throw new Error(
      'standar-pelayanan adalah modul ES: muat dengan import, misalnya `const { validate } = await import("standar-pelayanan")`, atau perbarui Node ke 20.19 atau lebih baru agar require() dapat memuatnya.\n' +
        'standar-pelayanan is an ES module: load it with import, e.g. `const { validate } = await import("standar-pelayanan")`, or update Node to 20.19 or later so require() can load it.',
      { cause: err },
    );
  }
  throw err;
}
