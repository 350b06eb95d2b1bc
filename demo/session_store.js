// An ordinary web session store. Its generic names mean what web code means by them, so the
// LLM Primer hover stays silent on them.
const crypto = require('node:crypto');

class SessionStore {
  constructor(maxEntries = 1000) {
    this.cache = new Map();
    this.maxEntries = maxEntries;
  }

  /** Creates a session for a user and returns its secret. */
  create(user) {
    const token = crypto.randomBytes(24).toString('base64url');
    const key = `session:${token}`;
    this.set(key, { user, created: Date.now() });
    return token;
  }

  set(key, value) {
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value);
    this.cache.set(key, value);
  }

  get(token) {
    return this.cache.get(`session:${token}`);
  }
}

module.exports = { SessionStore };
