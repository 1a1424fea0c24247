// Writes CHANGELOG.md as bytes: CRLF line ends throughout and, on line 9 only, "é" as the single
// ISO-8859-1 byte 0xE9 (not UTF-8). Line 7 has a correct UTF-8 "é" (two bytes).
def text = [
        '# Changelog',                   // 1
        '',                              // 2
        '## [Unreleased]',               // 3
        '',                              // 4
        '### Added',                     // 5
        '',                              // 6
        '- Caf\u00e9 menu, in UTF-8.',   // 7
        '',                              // 8
        '- Caf\u00e9 menu, in Latin-1.', // 9
        '',                              // 10
]
def bytes = new ByteArrayOutputStream()
text.eachWithIndex { line, i -> bytes.write((line + '\r\n').getBytes(i + 1 == 9 ? 'ISO-8859-1' : 'UTF-8')) }
def file = new File(basedir, 'CHANGELOG.md')
file.bytes = bytes.toByteArray()
assert file.bytes.findIndexValues { it == (byte) 0xE9 }.size() == 1
