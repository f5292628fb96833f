/** API keys: only a SHA-256 of the key is kept, so a leaked database leaks no usable key. */
export interface ApiKeysTable {
  id: string
  role: 'reader' | 'editor' | 'admin'
  label: string
  hash: string
  created_at: string
  revoked_at: string | null
}
