// Which attached files Waymark may hand to the computer's own viewer. Attachments come from other people
// and other machines, so anything the operating system could run (programs, scripts, shortcuts,
// installers, web pages that run script) is never opened, only offered to save. Checked by the app
// before it asks, and again in the main process before it opens anything.

/** File name endings that a computer may run, or that open a program, rather than show a document. */
const RUNNABLE_EXTENSIONS = new Set(
  [
    // Programs and libraries
    'exe com scr pif cpl dll sys drv ocx msc gadget app elf bin run out',
    'so dylib jar class apk appimage xbap',
    // Installers and packages
    'msi msp msix msixbundle appx appxbundle mst deb rpm pkg mpkg dmg snap',
    'flatpak flatpakref application appref-ms vsix crx xpi',
    // Scripts
    'bat cmd ps1 psm1 psd1 ps1xml psc1 vbs vbe js jse mjs cjs wsf wsh',
    'wsc sct hta sh bash zsh csh ksh fish command tool py pyw pyc pl',
    'rb php lua tcl applescript scpt workflow action reg inf ins isp job',
    'msh msh1 msh2 mshxml ws au3 ahk vb vba pyz pyzw jnlp terminal wsb rdp',
    'appinstaller diagcab diagpkg diagcfg xll iqy slk',
    // Databases that run code when opened
    'mdb mde accde ade adp accdb accdr',
    // Shortcuts and links that point somewhere else
    'lnk url website webloc desktop scf library-ms searchconnector-ms settingcontent-ms',
    'inetloc fileloc theme themepack',
    // Web pages and documents that can run script when opened
    'html htm xhtml xht shtml mht mhtml svg svgz xml xsl xslt chm hlp',
    // Disk images and containers that mount or install
    'iso img vhd vhdx vmdk',
    // Office files with macros
    'docm dotm xlsm xltm xlam pptm potm ppam ppsm sldm',
    // Older Office formats, which can carry macros whatever their name says
    'doc dot xls xlt xla ppt pot pps rtf',
  ]
    .join(' ')
    .split(' '),
);

/** Media types (or their start) of files that can run or render active content. */
const RUNNABLE_MEDIA_TYPES = [
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-ms-installer',
  'application/x-msi',
  'application/x-ms-shortcut',
  'application/x-executable',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-sharedlib',
  'application/x-sh',
  'application/x-shellscript',
  'application/x-csh',
  'application/x-bat',
  'application/x-python',
  'application/x-perl',
  'application/x-php',
  'application/java-archive',
  'application/x-java-archive',
  'application/vnd.android.package-archive',
  'application/vnd.microsoft.portable-executable',
  'application/x-apple-diskimage',
  'application/x-debian-package',
  'application/x-rpm',
  'application/x-iso9660-image',
  'application/hta',
  'application/javascript',
  'application/ecmascript',
  'application/x-javascript',
  'text/javascript',
  'text/ecmascript',
  'text/vbscript',
  'text/x-python',
  'text/x-shellscript',
  'text/x-sh',
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'application/x-ms-application',
  'application/vnd.ms-word.document.macroenabled',
  'application/vnd.ms-excel.sheet.macroenabled',
  'application/vnd.ms-powerpoint.presentation.macroenabled',
];

/** The last part of a file name after a dot, in lower case; '' when there is none. */
export function fileExtension(name: string): string {
  // Windows ignores trailing dots and spaces, so "report.exe. " still runs as a program.
  const trimmed = name.replace(/[.\s]+$/u, '');
  const dot = trimmed.lastIndexOf('.');
  return dot <= 0 ? '' : trimmed.slice(dot + 1).toLowerCase();
}

/**
 * Why an attached file must not be opened with the computer's viewer, in words that finish
 * "Waymark will not open this file because it …", or null when it may be opened.
 */
export function runnableReason(name: string, mediaType: string): string | null {
  const extension = fileExtension(name);
  if (extension === '') return 'has no file type, so the computer could treat it as a program';
  if (RUNNABLE_EXTENSIONS.has(extension))
    return `is a .${extension} file, which the computer could run as a program or script`;
  const type = mediaType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (RUNNABLE_MEDIA_TYPES.some((t) => type === t || type.startsWith(`${t}.`) || type.startsWith(`${t}+`)))
    return `is marked as ${type}, which the computer could run as a program or script`;
  return null;
}

/** True when an attached file may be opened with the computer's own viewer. */
export function isSafeToOpen(name: string, mediaType: string): boolean {
  return runnableReason(name, mediaType) === null;
}

/**
 * A file name that is safe to write in a folder: no folders, no characters Windows or macOS refuse,
 * no control characters, not a reserved device name, at most 120 characters, the type kept.
 */
export function safeFileName(name: string): string {
  const cleaned = Array.from(name)
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  const base = cleaned === '' ? 'attachment' : cleaned;
  const stem = base.split('.')[0] ?? '';
  const safe = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `_${base}` : base;
  if (safe.length <= 120) return safe;
  const extension = fileExtension(safe);
  const keep = extension ? `.${extension}` : '';
  return `${safe.slice(0, 120 - keep.length)}${keep}`;
}
