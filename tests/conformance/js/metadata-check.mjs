// Loads runtime metadata with the real @polkadot/types (the decoder @polkadot/api 16.5.6 uses) and reports what a
// client sees: pallets, calls, events, errors, storage and constants, the signed extensions, and optionally the
// decoding of an extrinsic and of System.Events bytes with that metadata.
// Input (stdin): {"metadata": "0x6d657461…", "extrinsic"?: "0x…", "events"?: "0x…", "accountInfo"?: "0x…"}
// Output (stdout): one JSON object.
import { TypeRegistry, Metadata } from '@polkadot/types';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const warnings = [];
const originalWarn = console.warn;
console.warn = (...args) => warnings.push(args.join(' '));
const registry = new TypeRegistry();
const metadata = new Metadata(registry, request.metadata);
registry.setMetadata(metadata);
const latest = metadata.asLatest;
const lookup = latest.lookup;
const typeName = (id) => lookup.getTypeDef(id).type;

const pallets = latest.pallets.map((p) => {
  const variants = (opt) => (opt.isSome ? lookup.getSiType(opt.unwrap().type).def.asVariant.variants.map((v) => ({
    index: v.index.toNumber(),
    name: v.name.toString(),
    fields: v.fields.map((f) => `${f.name.isSome ? f.name.unwrap().toString() : ''}: ${typeName(f.type)}`),
    docs: v.docs.length,
  })) : []);
  const storage = p.storage.isSome ? p.storage.unwrap().items.map((e) => ({
    name: e.name.toString(),
    modifier: e.modifier.toString(),
    type: e.type.isPlain ? typeName(e.type.asPlain) : `${e.type.asMap.hashers.map((h) => h.toString()).join(',')}: ${typeName(e.type.asMap.key)} -> ${typeName(e.type.asMap.value)}`,
    fallback: e.fallback.toHex(),
  })) : [];
  const constants = Object.fromEntries(p.constants.map((c) => [c.name.toString(), registry.createType(lookup.getTypeDef(c.type).type, c.value).toJSON()]));
  return { name: p.name.toString(), index: p.index.toNumber(), calls: variants(p.calls), events: variants(p.events), errors: variants(p.errors), storage, constants };
});

const result = {
  version: metadata.version,
  pallets,
  signedExtensions: registry.signedExtensions,
  apis: metadata.version >= 15 ? latest.apis.map((a) => `${a.name}: ${a.methods.map((m) => m.name.toString()).join(',')}`) : [],
};

if (request.extrinsic) {
  const xt = registry.createType('Extrinsic', request.extrinsic);
  result.extrinsic = {
    isSigned: xt.isSigned,
    signer: xt.isSigned ? xt.signer.toString() : null,
    section: xt.method.section,
    method: xt.method.method,
    args: xt.method.toJSON().args,
    nonce: xt.nonce.toNumber(),
    era: xt.era.toJSON(),
    tip: xt.tip.toString(),
    hash: xt.hash.toHex(),
  };
}

if (request.events) {
  const events = registry.createType('Vec<FrameSystemEventRecord>', request.events);
  result.events = events.map((r) => ({
    phase: r.phase.toJSON(),
    section: r.event.section,
    method: r.event.method,
    data: r.event.data.toJSON(),
    error: r.event.section === 'system' && r.event.method === 'ExtrinsicFailed' && r.event.data[0].isModule
      ? (() => { const e = registry.findMetaError(r.event.data[0].asModule); return `${e.section}.${e.name}`; })()
      : null,
  }));
}

if (request.accountInfo) {
  result.accountInfo = registry.createType('FrameSystemAccountInfo', request.accountInfo).toJSON();
}

console.warn = originalWarn;
result.warnings = warnings;
process.stdout.write(JSON.stringify(result));
