import { cleanFileName, nameAgrees, sniffUploadType } from './file-type';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600010100', 'hex');
const HEIC = Buffer.concat([Buffer.from('00000018', 'hex'), Buffer.from('ftypheic'), Buffer.alloc(8)]);

describe('upload types', () => {
  it('reads the type from the content', () => {
    expect(sniffUploadType(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('application/pdf');
    expect(sniffUploadType(PNG)).toBe('image/png');
    expect(sniffUploadType(JPEG)).toBe('image/jpeg');
    expect(sniffUploadType(HEIC)).toBe('image/heic');
    expect(sniffUploadType(Buffer.from('Hello, I am a PDF, trust me'))).toBeNull();
    expect(sniffUploadType(Buffer.from('PK\u0003\u0004 a zip or a docx'))).toBeNull();
  });

  it('refuses a name whose extension says something else than the content', () => {
    expect(nameAgrees('passport.pdf', 'application/pdf')).toBe(true);
    expect(nameAgrees('PHOTO.JPEG', 'image/jpeg')).toBe(true);
    expect(nameAgrees('scan', 'image/png')).toBe(true);
    expect(nameAgrees('passport.pdf', 'image/png')).toBe(false);
    expect(nameAgrees('letter.docx', 'application/pdf')).toBe(false);
  });

  it('keeps only a safe base name', () => {
    expect(cleanFileName('C:\\Users\\ana\\passport.pdf', 'application/pdf')).toBe('passport.pdf');
    expect(cleanFileName('../../etc/passwd"\n.pdf', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFileName('', 'image/png')).toBe('document.png');
  });
});
