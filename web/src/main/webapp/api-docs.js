// The API documentation page (api-docs.html), drawn from the live OpenAPI document: a file, not inline, for the
// pages' Content-Security-Policy.
function el(tag, text, cls) { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
function refName(schema) {
    if (!schema) return '';
    if (schema.$ref) return schema.$ref.split('/').pop();
    if (schema.type === 'array') return refName(schema.items) + '[]';
    return schema.type + (schema.format ? ' (' + schema.format + ')' : '');
}
fetch('/openapi', { headers: { 'Accept': 'application/json' } }).then(r => r.json()).then(doc => {
    document.getElementById('title').textContent = doc.info.title + ' ' + doc.info.version;
    document.getElementById('description').appendChild(el('p', doc.info.description || ''));
    const responses = (doc.components && doc.components.responses) || {};
    const resolve = resp => resp && resp.$ref ? (responses[resp.$ref.split('/').pop()] || resp) : resp;
    const ops = document.getElementById('operations');
    ops.innerHTML = '';
    Object.keys(doc.paths || {}).sort().forEach(path => {
        Object.entries(doc.paths[path]).forEach(([method, op]) => {
            if (!op || !op.responses) return;
            const box = el('div', null, 'op');
            const head = el('div');
            head.appendChild(el('span', method.toUpperCase(), 'method ' + method.toUpperCase()));
            head.appendChild(el('code', path));
            head.appendChild(el('span', '  ' + (op.summary || '')));
            box.appendChild(head);
            if (op.description) box.appendChild(el('p', op.description));
            if (op.parameters && op.parameters.length) {
                const t = el('table');
                op.parameters.forEach(p => {
                    const row = el('tr');
                    row.appendChild(el('td', p.in + ' ' + p.name + (p.required ? ' *' : '')));
                    row.appendChild(el('td', p.description || refName(p.schema)));
                    t.appendChild(row);
                });
                box.appendChild(t);
            }
            if (op.requestBody) {
                const content = op.requestBody.content || {};
                const first = Object.values(content)[0];
                box.appendChild(el('p', 'Body: ' + refName(first && first.schema)));
            }
            const t = el('table');
            Object.entries(op.responses).forEach(([status, given]) => {
                const resp = resolve(given);
                const row = el('tr');
                row.appendChild(el('td', status));
                const content = resp.content ? Object.values(resp.content)[0] : null;
                row.appendChild(el('td', (resp.description || '') + (content ? ' → ' + refName(content.schema) : '')));
                t.appendChild(row);
            });
            box.appendChild(t);
            ops.appendChild(box);
        });
    });
    const schemas = document.getElementById('schemas');
    Object.entries((doc.components && doc.components.schemas) || {}).sort().forEach(([name, schema]) => {
        schemas.appendChild(el('h3', name));
        if (schema.description) schemas.appendChild(el('p', schema.description));
        const t = el('table');
        Object.entries(schema.properties || {}).forEach(([prop, s]) => {
            const row = el('tr');
            row.appendChild(el('td', prop));
            row.appendChild(el('td', refName(s) + (s.description ? ' — ' + s.description : '')));
            t.appendChild(row);
        });
        schemas.appendChild(t);
    });
}).catch(e => { document.getElementById('operations').textContent = 'Could not read /openapi: ' + e; });
