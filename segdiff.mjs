import fs from 'node:fs';
import { globSync } from 'tinyglobby';
import { parseArticle } from '/work/main/dist/parse/article.js';
const files = globSync('**/*.md',{cwd:'/work/main/.cache/corpus/de-DE', absolute:true});
let diff=0; const rows=[];
for (const f of files) { const b=fs.readFileSync(f); const t=b.toString(); const g=(t.match(/class="sxs-lookup"/g)||[]).length; const p=parseArticle({bytes:b,path:f,relPath:f,root:0,locale:'de-DE'}); const d=g-p.article.segments.length; if(d){diff+=d; rows.push([d,f.replace('/work/main/.cache/corpus/',''), p.article.problems.map(x=>x.messageId).join(',')]);} }
console.log('total diff', diff, 'files', rows.length); rows.sort((a,b)=>b[0]-a[0]); for (const r of rows.slice(0,12)) console.log(r.join(' '));
