// Node only: file-system errors said in words. Node reports them as codes ("ENOENT: no such file or
// directory, open '/a/.b.partial'"), which people cannot act on; each code we can meet when reading a
// pack or writing a document becomes a plain sentence naming the path.

/** A Node file-system error: an Error with a code such as ENOENT, and often the path it was about. */
export interface FileSystemError extends Error {
  code: string;
  path?: string;
}

/** Whether something thrown is a Node file-system error (it has a string code). */
export function isFileSystemError(error: unknown): error is FileSystemError {
  return error instanceof Error && typeof Reflect.get(error, 'code') === 'string';
}

/**
 * What went wrong, as the end of a sentence about `path` (the path the person gave, so they recognise
 * it), or null when the error is not a file-system error.
 */
export function fileSystemErrorText(error: unknown, path?: string): string | null {
  if (!isFileSystemError(error)) return null;
  const where = path ?? error.path ?? 'the file';
  switch (error.code) {
    case 'ENOENT':
      return `${where} does not exist, or its folder does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `permission was refused for ${where}; check that you may read and write there`;
    case 'EROFS':
      return `${where} is on a read-only disk`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk holding ${where} is full`;
    case 'ENAMETOOLONG':
      return `the name ${where} is too long for the file system; choose a shorter name`;
    case 'ENOTDIR':
      return `part of the path ${where} is a file, not a folder`;
    case 'EISDIR':
      return `${where} is a folder, not a file`;
    case 'EEXIST':
      return `${where} already exists`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${where} is in use by another program; close it and try again`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many files are open to work on ${where}; close some programs and try again`;
    case 'ELOOP':
      return `${where} goes through too many symbolic links`;
    default:
      return `${where} could not be used (the system said ${error.code})`;
  }
}
