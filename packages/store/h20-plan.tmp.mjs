import Database from 'better-sqlite3'
const db = new Database(process.argv[2], { readonly: true })
const q = `select cell, region_id, place_id, count(*) n from record_locations where kind = 'attack' group by cell, region_id, place_id`
console.log(db.prepare('explain query plan ' + q).all().map((r) => r.detail))
for (let i = 0; i < 3; i++) { const t = performance.now(); const rows = db.prepare(q).all(); console.log((performance.now() - t).toFixed(0), 'ms', rows.length) }
console.log(db.prepare("select count(*) n, count(distinct cell) c from record_locations").get())
