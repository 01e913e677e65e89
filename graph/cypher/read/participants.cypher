// A page of the participants of each event in $ids (participantsOf).
UNWIND $ids AS id
MATCH (v:Event {id: id})
{{template "participantsOf" .}}
RETURN id, items, total
LIMIT $first
