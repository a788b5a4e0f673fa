#!/usr/bin/env python3
"""tamper.py IN OUT ACTION [MEMBER] — rewrites an evidence package the way an
attacker or an accident would, keeping every other member as it was:
  flip MEMBER     change one byte in the middle of MEMBER
  remove MEMBER   leave MEMBER out
  add MEMBER      add a new file MEMBER
  symlink MEMBER  add MEMBER as a symbolic link to /etc/passwd
  dotdot          add a member named ../escape
  list            print the member names, one a line (OUT is ignored)"""
import io
import sys
import tarfile

src, dst, action = sys.argv[1], sys.argv[2], sys.argv[3]
name = sys.argv[4] if len(sys.argv) > 4 else None
with tarfile.open(src, "r:gz") as tin:
    members = [(m, tin.extractfile(m).read() if m.isfile() else None)
               for m in tin.getmembers()]
if action == "list":
    for m, _ in members:
        print(m.name)
    sys.exit(0)
out = []
for m, data in members:
    if m.name == name and action == "remove":
        continue
    if m.name == name and action == "flip":
        b = bytearray(data)
        if not b:
            b = bytearray(b"x")
        else:
            b[len(b) // 2] ^= 0x01
        data = bytes(b)
        m.size = len(data)
    out.append((m, data))
if action == "add":
    m = tarfile.TarInfo(name)
    m.size = 5
    out.append((m, b"extra"))
elif action == "symlink":
    m = tarfile.TarInfo(name)
    m.type = tarfile.SYMTYPE
    m.linkname = "/etc/passwd"
    out.insert(0, (m, None))
elif action == "dotdot":
    m = tarfile.TarInfo("../escape")
    m.size = 1
    out.insert(0, (m, b"x"))
with tarfile.open(dst, "w:gz", format=tarfile.PAX_FORMAT) as tout:
    for m, data in out:
        tout.addfile(m, io.BytesIO(data) if data is not None else None)
