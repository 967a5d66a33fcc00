// Debian's Chromium is used (scripts/setup.sh installs it); the network here cannot reach
// puppeteer's browser download, and a downloaded browser would make output depend on the machine.
module.exports = { skipDownload: true };
