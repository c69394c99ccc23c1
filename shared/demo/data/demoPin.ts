/**
 * The PIN of every judge in the demo workspace, so a visitor can try judge mode on a demo competition's package.
 * Only its PBKDF2 hash is stored, as for real judges; hashing 160 PINs when the demo loads would take seconds,
 * so the hash of this one PIN is computed once (with a fixed, readable salt) and checked by a unit test.
 */
export const DEMO_JUDGE_PIN = '2580';
export const DEMO_JUDGE_PIN_SALT = '6a69616e6778696e2d64656d6f2d7069'; // "jiangxin-demo-pi"
export const DEMO_JUDGE_PIN_HASH = '45add794103c10498ea27c6580fc0167269f56ed982f901420aee9995aacbcc4';

/**
 * The encryption officers' passphrase for every sealed code map of the demo workspace (README). The demo seals
 * with DEMO_SEAL_ITERATIONS (recorded in each box) so loading it stays quick; real maps use the full count.
 */
export const DEMO_SEAL_PASSPHRASE = '匠心演示口令2024';
export const DEMO_SEAL_ITERATIONS = 2_000;
