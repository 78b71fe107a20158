import { config } from 'zod';

// The built page's Content-Security-Policy forbids eval. zod probes for eval when a schema is
// constructed (at module load), logging a CSP error, unless told not to first: so this module is
// imported before any module that defines a schema.
config({ jitless: true });
