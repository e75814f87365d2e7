#!/usr/bin/env python3
"""French typography in locales/fr/*.ftl, the way cli.ftl writes it: ’ for the apostrophe, U+00A0
before : and inside « », U+202F before ; ? !. Leaves placeables and `code` spans alone; string
literals in placeables are prose and are fixed. Checked by crates/i18n/tests/glossary.rs."""
import glob, os, re, sys
NB='\u00a0'; NNB='\u202f'
PH='\ue000'
def fix_text(t):
    t=t.replace("'", "’")
    t=re.sub(r'(?<=\S)[ \u00a0\u202f]:(?=\s|$)', NB+':', t)
    t=re.sub(r'(?<=\S)[ \u00a0\u202f]([;?!])(?=\s|$|[)»"\ue000])', NNB+r'\1', t)
    t=re.sub(r'«[ \u202f]', '«'+NB, t)
    t=re.sub(r'(?<=\S)[ \u202f]»', NB+'»', t)
    return t
def fix_line(line):
    # protect placeables and `code` spans with a placeholder; string-literal placeables get fixed inside
    kept=[]; out=[]; i=0
    while i<len(line):
        ch=line[i]
        if ch=='`':
            j=line.find('`',i+1)
            if j<0: j=len(line)-1
            kept.append(line[i:j+1]); out.append(PH); i=j+1; continue
        if ch=='{':
            depth=0; j=i
            while j<len(line):
                if line[j]=='{': depth+=1
                elif line[j]=='}':
                    depth-=1
                    if depth==0: break
                j+=1
            seg=line[i:j+1]
            m=re.match(r'^\{(\s*)"(.*)"(\s*)\}$',seg)
            if m and '{' not in m.group(2) and len(m.group(2))>1:
                seg='{'+m.group(1)+'"'+fix_text(m.group(2))+'"'+m.group(3)+'}'
            kept.append(seg); out.append(PH); i=j+1; continue
        out.append(ch); i+=1
    t=fix_text(''.join(out))
    parts=t.split(PH)
    assert len(parts)==len(kept)+1
    return ''.join(p+(kept[k] if k<len(kept) else '') for k,p in enumerate(parts))
changed=0
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'locales', 'fr', '*.ftl'))):
    lines=open(f,encoding='utf-8').read().split('\n')
    new=[]
    for l in lines:
        if l.startswith('#') or not l.strip():
            new.append(l); continue
        m=re.match(r'^(-?[a-zA-Z][\w-]*\s*=)(.*)$',l)
        if m: nl=m.group(1)+fix_line(m.group(2))
        else:
            m2=re.match(r'^(\s*\.[\w-]+\s*=)(.*)$',l) or re.match(r'^(\s*\*?\[[^\]]*\])(.*)$',l) or re.match(r'^(\s*)(.*)$',l)
            nl=m2.group(1)+fix_line(m2.group(2))
        if nl!=l: changed+=1
        new.append(nl)
    open(f,'w',encoding='utf-8').write('\n'.join(new))
print('lines changed',changed)
