// Packaging for `npm run package` (electron-builder --config electron-builder.config.ts).
// Checked offline against electron-builder's own schema by `node scripts/check-builder-config.mjs`.
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'uk.carbonrecycling.desktop',
  productName: 'CarbonRecycling Desktop',
  copyright: 'Copyright © CarbonRecycling',
  directories: { output: 'release', buildResources: 'build' },
  // Only what the desktop app runs: the electron-vite bundles, the SQL migrations the core applies
  // at run time, shipped data, and package.json (name, version, main). Not the browser/CLI build
  // (out/node), sources or tests. Production node_modules are added by electron-builder itself.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'electron/core/db/migrations/**',
    'resources/**',
    'package.json',
    '!out/node/**',
    '!**/*.{test,spec}.{ts,tsx,js,mjs,cjs}',
    '!**/*.map',
  ],
  // A native addon cannot be loaded from inside the asar archive.
  asarUnpack: ['**/node_modules/better-sqlite3/**'],
  // better-sqlite3 12 is built against an ABI (Node's or Electron's), not Node-API, so it must be
  // rebuilt for Electron's ABI when packaging. That needs Electron's headers, downloaded at build
  // time: package on a machine with that access. (A dev machine's build is for Node's ABI; it is
  // what the tests use, and @electron/rebuild cannot fix it without the headers.)
  npmRebuild: true,
  // Flipped in the binary before signing, so the OS signature protects them.
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
    runAsNode: false,
    enableCookieEncryption: true,
    // NODE_OPTIONS / --inspect would let anyone with a shell inject code into the signed app.
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // app.asar is checked against the hash in the signed binary (macOS and Windows only; no
    // Linux equivalent), and only app.asar is loaded, so a modified app folder is refused.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The renderer is served from app://, never file://: file pages need no extra powers.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Offline carbon accounting for UK SMEs',
  },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.business' },
  // Releases are published by hand; never let a stray token in CI upload a build.
  publish: null,
};

export default config;
