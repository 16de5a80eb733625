// One error shape everywhere: the CLI, the API and FHIR's OperationOutcome all render it.
export interface Issue {
  /** Where it failed: a file and a path inside it, or a request field path. */
  path: string;
  message: string;
}

export class KepilError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'KepilError';
  }

  toJSON(): { code: string; message: string; issues: Issue[] } {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

/** Renders zod-style issue paths as `a.b[2].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
