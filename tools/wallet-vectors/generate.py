#!/usr/bin/python3
"""Writes the wallet keyfile vectors in tests/fixtures/wallets with the real third-party implementations
btcli users' files came from, and checks the keyfile Finney wrote opens with PyNaCl.

Run with Debian's interpreter, which sees the Debian packages:
    apt-get install -y python3-nacl ansible-core        # python3-cryptography comes with ansible-core
    (cd tests/conformance/js && npm ci)                  # polkadot.js, for key facts and the JSON export
    /usr/bin/python3 tools/wallet-vectors/generate.py            # regenerate every vector (~1 min)
    /usr/bin/python3 tools/wallet-vectors/generate.py --verify   # only check the Finney-written file

Producers: PyNaCl (libsodium) for $NACL exactly as bittensor 6.x keyfile.py calls it; ansible-core's VaultLib
for Ansible Vault 1.1 (what SDK 3.x-5.x used through the ansible_vault package); cryptography's Fernet with
PBKDF2-HMAC-SHA256 at the format's 10,000,000 iterations for legacy files; @polkadot/keyring toJson for the
polkadot.js export. Encryption nonces and salts are random, so each run writes different bytes for the
same keys; the manifest (vectors.json) records what each file must open to.
"""
import base64
import json
import subprocess
import sys
from pathlib import Path

from ansible.parsing.vault import VaultLib, VaultSecret
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from nacl import pwhash, secret

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "fixtures" / "wallets"
NACL_SALT = bytes.fromhex("137183dff15a09bc9c90b5518739e9b1")
LEGACY_SALT = b"Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins"

DEV_PHRASE = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"
PHRASE_12 = "legal winner thank year wave sausage worth useful legal winner thank yellow"
PHRASE_18 = "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter always"
PHRASE_24 = " ".join(["abandon"] * 23 + ["art"])
FINNEY_PHRASE = "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"
FINNEY_PASSWORD = "finney-writes-nacl-1"


def polkadot(request):
    out = subprocess.run(["node", str(HERE / "polkadot.mjs"), json.dumps(request)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def raw_private_key(ed25519_form_hex):
    """schnorrkel's to_bytes form (key || nonce) from polkadot.js's ed25519 form (key*8 || nonce)."""
    ed = bytes.fromhex(ed25519_form_hex[2:])
    return (int.from_bytes(ed[:32], "little") >> 3).to_bytes(32, "little") + ed[32:]


def facts(mnemonic):
    k = polkadot({"op": "key", "mnemonic": mnemonic})
    return {"mnemonic": mnemonic, "seed": k["miniSecret"], "publicKey": k["publicKey"],
            "privateKey": "0x" + raw_private_key(k["ed25519FormSecret"]).hex(), "ss58Address": k["address"]}


def sdk_json(f, with_secret=True):
    """bittensor <= 7 serialized_keypair_to_keyfile_data: every key, None when absent, json.dumps defaults."""
    return json.dumps({
        "accountId": f["publicKey"], "publicKey": f["publicKey"],
        "privateKey": f.get("privateKey") if with_secret else None,
        "secretPhrase": f.get("mnemonic") if with_secret else None,
        "secretSeed": f.get("seed") if with_secret else None,
        "ss58Address": f["ss58Address"],
    }).encode()


def btwallet_json(f, keys):
    """btwallet's serde_json::to_string of a HashMap: compact, absent keys omitted."""
    names = {"accountId": "publicKey", "publicKey": "publicKey", "privateKey": "privateKey",
             "secretPhrase": "mnemonic", "secretSeed": "seed", "ss58Address": "ss58Address"}
    return json.dumps({k: f[names[k]] for k in keys}, separators=(",", ":")).encode()


def nacl_encrypt(data, password):
    """bittensor 6.x encrypt_keyfile_data, line for line in effect."""
    key = pwhash.argon2i.kdf(secret.SecretBox.KEY_SIZE, password.encode("utf-8"), NACL_SALT,
                             opslimit=pwhash.argon2i.OPSLIMIT_SENSITIVE, memlimit=pwhash.argon2i.MEMLIMIT_SENSITIVE)
    return b"$NACL" + secret.SecretBox(key).encrypt(data)


def nacl_decrypt(data, password):
    key = pwhash.argon2i.kdf(secret.SecretBox.KEY_SIZE, password.encode("utf-8"), NACL_SALT,
                             opslimit=pwhash.argon2i.OPSLIMIT_SENSITIVE, memlimit=pwhash.argon2i.MEMLIMIT_SENSITIVE)
    return secret.SecretBox(key).decrypt(data[len(b"$NACL"):])


def ansible_encrypt(data, password):
    return VaultLib([("default", VaultSecret(password.encode("utf-8")))]).encrypt(data)


def legacy_encrypt(data, password):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), salt=LEGACY_SALT, length=32, iterations=10_000_000)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(password.encode()))).encrypt(data)


def write(manifest, name, data, fmt, producer, f, password=None, has_secret=True, mnemonic=None):
    (OUT / name).write_bytes(data)
    manifest.append({"file": name, "format": fmt, "producer": producer, "password": password,
                     "ss58Address": f["ss58Address"], "publicKey": f["publicKey"], "hasSecret": has_secret,
                     "mnemonic": mnemonic})
    print(f"wrote {name} ({fmt}, {producer})")


def generate():
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = []
    dev, p12, p18, p24 = facts(DEV_PHRASE), facts(PHRASE_12), facts(PHRASE_18), facts(PHRASE_24)
    alice = polkadot({"op": "uri", "uri": "//Alice"})
    alice = {"publicKey": alice["publicKey"], "ss58Address": alice["address"],
             "privateKey": "0x" + raw_private_key(alice["ed25519FormSecret"]).hex()}

    write(manifest, "nacl-sdk-coldkey", nacl_encrypt(sdk_json(p12), "Correct-Horse-7"), "Nacl", "PyNaCl argon2i.kdf + SecretBox (bittensor 6.x keyfile.py)", p12, "Correct-Horse-7", mnemonic=PHRASE_12)
    write(manifest, "nacl-btwallet-uri-coldkey", nacl_encrypt(btwallet_json(alice, ["accountId", "publicKey", "privateKey", "ss58Address"]), "pässwörd-ünïcode"), "Nacl", "PyNaCl, btwallet JSON shape (absent keys omitted)", alice, "pässwörd-ünïcode")
    write(manifest, "ansible-coldkey", ansible_encrypt(sdk_json(p18), "ansible-era-pw"), "AnsibleVault", "ansible-core VaultLib.encrypt (SDK 3.x-5.x)", p18, "ansible-era-pw", mnemonic=PHRASE_18)
    write(manifest, "legacy-coldkey", legacy_encrypt(sdk_json(p24), "legacy-2021"), "LegacyFernet", "cryptography Fernet, PBKDF2-SHA256 10,000,000 iterations", p24, "legacy-2021", mnemonic=PHRASE_24)
    write(manifest, "hotkey-sdk-plain", sdk_json(dev), "Plaintext", "bittensor 6.x JSON shape (nulls)", dev, mnemonic=DEV_PHRASE)
    write(manifest, "hotkey-btwallet-uri", btwallet_json(alice, ["accountId", "ss58Address", "publicKey", "privateKey"]), "Plaintext", "btwallet JSON shape, //Alice (privateKey only)", alice)
    write(manifest, "coldkeypub-sdk.txt", sdk_json(p12, with_secret=False), "Plaintext", "bittensor 6.x coldkeypub.txt", p12, has_secret=False)
    write(manifest, "coldkeypub-btwallet.txt", btwallet_json(p12, ["accountId", "publicKey", "ss58Address"]), "Plaintext", "btwallet coldkeypub.txt", p12, has_secret=False)
    write(manifest, "coldkeypub-bare.txt", p18["publicKey"].encode(), "Plaintext", "very old coldkeypub.txt (bare 0x public key)", p18, has_secret=False)
    export = polkadot({"op": "export", "mnemonic": PHRASE_12, "password": "polkadot-js-pw"})
    write(manifest, "polkadot-js-export.json", (json.dumps(export, indent=2) + "\n").encode(), "PolkadotJson", "@polkadot/keyring 14.0.3 toJson (scrypt + xsalsa20-poly1305)", p12, "polkadot-js-pw", mnemonic=PHRASE_12)

    finney = facts(FINNEY_PHRASE)
    manifest.append({"file": "finney/finney-vector/coldkey", "format": "Nacl", "producer": "Finney (finney wallet regen-coldkey), checked here with PyNaCl",
                     "password": FINNEY_PASSWORD, "ss58Address": finney["ss58Address"], "publicKey": finney["publicKey"],
                     "hasSecret": True, "mnemonic": FINNEY_PHRASE})
    (OUT / "vectors.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote vectors.json ({len(manifest)} vectors)")


def verify_finney():
    """The $NACL coldkey Finney wrote must open with PyNaCl and hold the SDK's JSON for FINNEY_PHRASE."""
    path = OUT / "finney" / "finney-vector" / "coldkey"
    if not path.exists():
        sys.exit(f"missing {path}: write it with\n  finney wallet regen-coldkey --wallet.path {OUT / 'finney'} --wallet.name finney-vector "
                 f"--mnemonic \"{FINNEY_PHRASE}\"  (password {FINNEY_PASSWORD})")
    data = json.loads(nacl_decrypt(path.read_bytes(), FINNEY_PASSWORD))
    expected = json.loads(sdk_json(facts(FINNEY_PHRASE)))
    if data != expected:
        sys.exit(f"Finney's keyfile decrypted with PyNaCl but holds {data}, expected {expected}")
    print(f"ok: {path.relative_to(OUT)} opens with PyNaCl and matches bittensor's keyfile JSON")


if __name__ == "__main__":
    if "--verify" not in sys.argv:
        generate()
    verify_finney()
