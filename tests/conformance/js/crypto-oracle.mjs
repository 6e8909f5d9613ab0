// Answers crypto questions with the real JavaScript libraries Substrate users run, so Finney's C#
// tests can compare against them. Protocol: one JSON request per line on stdin, one JSON answer per
// line on stdout, in order. Byte strings travel as 0x-hex. Errors are answered, never thrown, so a
// bad request cannot hang the C# side.
import { createInterface } from 'node:readline';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import {
  cryptoWaitReady, mnemonicGenerate, mnemonicToEntropy, mnemonicToMiniSecret, mnemonicValidate,
  signatureVerify, encodeAddress, decodeAddress, blake2AsU8a, xxhashAsU8a, keccakAsU8a, sha256AsU8a,
} from '@polkadot/util-crypto';
import * as scure from '@scure/sr25519';

await cryptoWaitReady();
const keyrings = {
  sr25519: new Keyring({ type: 'sr25519', ss58Format: 42 }),
  ed25519: new Keyring({ type: 'ed25519', ss58Format: 42 }),
  ecdsa: new Keyring({ type: 'ecdsa', ss58Format: 42 }),
};

const handlers = {
  // A key from a secret URI, as polkadot.js keyring builds it.
  key: ({ uri, scheme }) => {
    const pair = keyrings[scheme].addFromUri(uri);
    return { publicKey: u8aToHex(pair.publicKey), address: pair.address };
  },
  // A signature by polkadot.js (sr25519 signatures are randomised; ed25519 and ecdsa are deterministic).
  sign: ({ uri, scheme, message }) => u8aToHex(keyrings[scheme].addFromUri(uri).sign(hexToU8a(message))),
  // Does polkadot.js accept this signature? (signatureVerify detects the scheme by trying each.)
  verify: ({ message, signature, address }) => signatureVerify(hexToU8a(message), hexToU8a(signature), address).isValid,
  mnemonicGenerate: ({ words }) => mnemonicGenerate(words),
  mnemonic: ({ phrase, password }) => ({
    valid: mnemonicValidate(phrase),
    entropy: u8aToHex(mnemonicToEntropy(phrase)),
    miniSecret: u8aToHex(mnemonicToMiniSecret(phrase, password ?? '')),
  }),
  ss58Encode: ({ publicKey, prefix }) => encodeAddress(hexToU8a(publicKey), prefix),
  ss58Decode: ({ address }) => u8aToHex(decodeAddress(address)),
  hash: ({ algorithm, data, bits }) => {
    const bytes = hexToU8a(data);
    switch (algorithm) {
      case 'blake2': return u8aToHex(blake2AsU8a(bytes, bits));
      case 'twox': return u8aToHex(xxhashAsU8a(bytes, bits));
      case 'keccak': return u8aToHex(keccakAsU8a(bytes, 256));
      case 'sha256': return u8aToHex(sha256AsU8a(bytes));
      default: throw new Error(`unknown hash ${algorithm}`);
    }
  },
  // @scure/sr25519: an independent sr25519 implementation (with its own Merlin and Strobe).
  scurePublic: ({ miniSecret }) => u8aToHex(scure.getPublicKey(scure.secretFromSeed(hexToU8a(miniSecret)))),
  scureSign: ({ miniSecret, message, random }) =>
    u8aToHex(scure.sign(scure.secretFromSeed(hexToU8a(miniSecret)), hexToU8a(message), random ? hexToU8a(random) : undefined)),
  // scure throws on a malformed point encoding where schnorrkel returns false; both mean "invalid".
  scureVerify: ({ publicKey, message, signature }) => {
    try {
      return scure.verify(hexToU8a(message), hexToU8a(signature), hexToU8a(publicKey));
    } catch {
      return false;
    }
  },
  scureHardPublic: ({ miniSecret, chainCode }) =>
    u8aToHex(scure.getPublicKey(scure.HDKD.secretHard(scure.secretFromSeed(hexToU8a(miniSecret)), hexToU8a(chainCode)))),
  scureSoftPublic: ({ publicKey, chainCode }) => u8aToHex(scure.HDKD.publicSoft(hexToU8a(publicKey), hexToU8a(chainCode))),
};

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let answer;
  try {
    const request = JSON.parse(line);
    const handler = handlers[request.op];
    answer = handler ? { ok: handler(request) } : { error: `unknown op ${request.op}` };
  } catch (error) {
    answer = { error: String(error?.message ?? error) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
