/** Code examples of the developers' page; the origin is filled in from the page's own address. */
export function curlExample(origin: string): string {
  return `curl ${origin}/graphql \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $MONITOR_TOKEN" \\
  -d '{"query": "{ municipality(code: \\"GM0363\\") { code name } }"}'`;
}

export function pythonExample(origin: string): string {
  return `import os
import requests

response = requests.post(
    "${origin}/graphql",
    headers={"Authorization": f"Bearer {os.environ['MONITOR_TOKEN']}"},
    json={
        "query": "query($code: String!) { estimate(municipalityCode: $code) { low high } }",
        "variables": {"code": "GM0363"},
    },
    timeout=60,
)
response.raise_for_status()
answer = response.json()
if "errors" in answer:
    raise RuntimeError(answer["errors"][0]["extensions"]["code"])
print(answer["data"])`;
}

export function persistedExample(origin: string): string {
  return `# 1. send the sha256 of the document only; the first time the answer is PERSISTED_QUERY_NOT_FOUND
HASH=$(printf '%s' '{ municipalities(first: 5) { nodes { code name } } }' | sha256sum | cut -d' ' -f1)
curl ${origin}/graphql -H 'Content-Type: application/json' \\
  -d '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "'$HASH'"}}}'
# 2. then send document and hash once; from then on the hash alone is enough
curl ${origin}/graphql -H 'Content-Type: application/json' \\
  -d '{"query": "{ municipalities(first: 5) { nodes { code name } } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "'$HASH'"}}}'`;
}

export function exportExample(origin: string): string {
  return `# research export of your project (a token with MUNICIPALITY_READ; the project is made on /onderzoeksexport)
curl -OJ -H "Authorization: Bearer $MONITOR_TOKEN" \\
  "${origin}/export/onderzoek/<project-id>.parquet?jaar=2026&gegevens=INDICATORS,ESTIMATES"`;
}
