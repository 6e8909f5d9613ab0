// Key facts and a JSON export from the real polkadot.js libraries (tests/conformance/js), for generate.py.
// Usage: node polkadot.mjs '<request json>'  — prints one JSON answer.
//   {"op":"key","mnemonic":"..."}                     -> miniSecret, publicKey, ed25519-form secret, address
//   {"op":"uri","uri":"//Alice"}                      -> publicKey, ed25519-form secret, address
//   {"op":"export","mnemonic":"...","password":"..."}  -> keyring.addFromUri(mnemonic).toJson(password)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const js = join(dirname(fileURLToPath(import.meta.url)), '../../tests/conformance/js/package.json');
const require = createRequire(js);
const { Keyring } = require('@polkadot/keyring');
const { u8aToHex } = require('@polkadot/util');
const { cryptoWaitReady, mnemonicToMiniSecret, sr25519PairFromSeed, encodeAddress, keyExtractSuri, keyFromPath } = require('@polkadot/util-crypto');
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

await cryptoWaitReady();
const request = JSON.parse(process.argv[2]);
let answer;
if (request.op === 'key') {
  const mini = mnemonicToMiniSecret(request.mnemonic);
  const pair = sr25519PairFromSeed(mini);
  answer = {
    miniSecret: u8aToHex(mini),
    publicKey: u8aToHex(pair.publicKey),
    ed25519FormSecret: u8aToHex(pair.secretKey),
    address: encodeAddress(pair.publicKey, 42),
  };
} else if (request.op === 'uri') {
  // A derived key such as //Alice: the secret only (no phrase or seed belongs to it).
  const uri = request.uri.startsWith('/') ? DEV_PHRASE + request.uri : request.uri;
  const { phrase, path } = keyExtractSuri(uri);
  const root = sr25519PairFromSeed(mnemonicToMiniSecret(phrase));
  const pair = keyFromPath(root, path, 'sr25519');
  answer = { publicKey: u8aToHex(pair.publicKey), ed25519FormSecret: u8aToHex(pair.secretKey), address: encodeAddress(pair.publicKey, 42) };
} else if (request.op === 'export') {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  answer = keyring.addFromUri(request.mnemonic, { name: 'finney vector' }).toJson(request.password);
} else {
  throw new Error(`unknown op ${request.op}`);
}
process.stdout.write(JSON.stringify(answer));
