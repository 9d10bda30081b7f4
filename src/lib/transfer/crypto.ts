/**
 * Passphrase encryption of backups with WebCrypto only: PBKDF2-SHA256 (600,000 iterations)
 * derives an AES-256-GCM key and a check value; random salt and IV per backup.
 */
import { BACKUP_VERSION, ENCRYPTED_BACKUP_FORMAT, PBKDF2_ITERATIONS, type EncryptedBackup } from '../schemas';
import { fromBase64, toBase64 } from './base64';
import { TransferError } from './errors';

const subtle = (): SubtleCrypto => {
  const s = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!s) throw new TransferError('no-crypto');
  return s;
};

/** Derives the AES key and a 16-byte check value from the passphrase. */
async function derive(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await subtle().deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
      material,
      384,
    ),
  );
  const key = await subtle().importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, check: bits.slice(32, 48) };
}

/** Constant-time comparison of two byte arrays of equal length. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Encrypts a backup's JSON text with a passphrase. */
export async function encryptBackup(plaintext: string, passphrase: string): Promise<EncryptedBackup> {
  const iterations = PBKDF2_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await derive(passphrase, salt, iterations);
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    key,
    new TextEncoder().encode(plaintext),
  );
  return {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: 'PBKDF2-SHA256',
    iterations,
    cipher: 'AES-256-GCM',
    salt: toBase64(salt),
    iv: toBase64(iv),
    check: toBase64(check),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/**
 * Decrypts an (already validated) encrypted backup into the bytes of the backup's JSON.
 *
 * What each failure can honestly be called: a check value that does not match means the
 * passphrase is wrong — or, rarely, that the salt or the check value itself was changed, which
 * nothing can tell apart (the `wrong-passphrase` words say both). When the check matches, the
 * passphrase is right, so an AES-GCM failure can only mean the IV or ciphertext was damaged.
 */
export async function decryptBackup(envelope: EncryptedBackup, passphrase: string): Promise<Uint8Array> {
  let salt: Uint8Array, iv: Uint8Array, check: Uint8Array, data: Uint8Array;
  try {
    salt = fromBase64(envelope.salt);
    iv = fromBase64(envelope.iv);
    check = fromBase64(envelope.check);
    data = fromBase64(envelope.ciphertext);
  } catch (error) {
    throw new TransferError('bad-encryption', { cause: error });
  }
  const derived = await derive(passphrase, salt, envelope.iterations);
  if (!sameBytes(derived.check, check)) throw new TransferError('wrong-passphrase');
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource },
      derived.key,
      data as BufferSource,
    );
    return new Uint8Array(plain);
  } catch (error) {
    throw new TransferError('bad-encryption', { cause: error });
  }
}
