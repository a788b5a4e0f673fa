-- SPDX-License-Identifier: MIT
-- Combining results of other controls (zd.result) for either/or and composite controls: how
-- bad each status is, and which statuses count as satisfied.
local M = {}

local RANK = {
  not_applicable = 0, pass = 1, attested = 1, accepted = 2, manual = 3, error = 4, fail = 5,
}

function M.rank(status)
  return RANK[status] or 4
end

-- satisfied(status): the control's requirement is met (checked, or evidenced by a person).
function M.satisfied(status)
  return status == "pass" or status == "attested"
end

-- worst(list of {id=, status=, details=}) -> the entry with the worst status, or nil.
function M.worst(list)
  local w
  for _, e in ipairs(list) do
    if w == nil or M.rank(e.status) > M.rank(w.status) then
      w = e
    end
  end
  return w
end

-- of(id) -> {id=, status=, details=, evidence=} from zd.result.
function M.of(id)
  local st, details, evidence = zd.result(id)
  return { id = id, status = st, details = details, evidence = evidence }
end

local KEYS = { "endpoint", "path", "object", "field", "actual", "expected", "note", "finding" }

-- carry(ev, r [, max]): appends to 'ev' up to 'max' (default 10) evidence items of the
-- sub-result 'r' that name an endpoint, so a composite's report names the objects and fields
-- that decided it. Each copy's note says which control found it ("from ZD.SUP.1.1"); items a
-- sub-control carried from its own parts keep their original source.
function M.carry(ev, r, max)
  if r.evidence == nil or zd.type(r.evidence) ~= "array" then return end
  local left = max or 10
  for _, item in ipairs(r.evidence) do
    if left == 0 then break end
    if zd.type(item) == "object" and item.endpoint ~= nil then
      local copy = {}
      for _, k in ipairs(KEYS) do copy[k] = item[k] end
      local note = zd.str(item.note)
      if note == nil or note:sub(1, 8) ~= "from ZD." then
        copy.note = "from " .. r.id .. (note and ("; " .. note) or "")
      end
      ev[#ev + 1] = copy
      left = left - 1
    end
  end
end

-- unused_or_accepted(unused_id, accepted_id, what, what_unused) -> the result of a composite
-- that holds when a feature is not used (the sub-control unused_id) or the subscriber's
-- acceptance of full responsibility for it is on record (accepted_id; ZD.SUP.10, ZD.SUP.11).
-- 'what' names the feature where the details say it is used ("SMS", "legacy CSAT");
-- 'what_unused' where they say it is not (default 'what').
function M.unused_or_accepted(unused_id, accepted_id, what, what_unused)
  local notused, accepted = M.of(unused_id), M.of(accepted_id)
  local ev = { { note = unused_id .. " " .. notused.status .. ": " .. notused.details },
               { note = accepted_id .. " " .. accepted.status } }
  if M.satisfied(notused.status) then
    return zd.pass("Branch " .. unused_id .. ": " .. (what_unused or what) .. " is not used.", ev)
  end
  if M.satisfied(accepted.status) then
    return zd.pass("Branch " .. accepted_id .. ": " .. what .. " is used and the subscriber's "
      .. "acceptance of full responsibility is on record.", ev)
  end
  if notused.status == "fail" then
    M.carry(ev, notused)
    return zd.fail(what:sub(1, 1):upper() .. what:sub(2) .. " is used (" .. unused_id
      .. " fails) and no acceptance of responsibility is recorded (" .. accepted_id .. "). "
      .. notused.details, ev)
  end
  return M.result(notused.status, unused_id .. " is " .. notused.status .. ": "
    .. notused.details, ev)
end

-- result(status, details, evidence): builds a result of the given status.
function M.result(status, details, evidence)
  if status == "pass" or status == "attested" then
    return zd.pass(details, evidence or {})
  elseif status == "fail" then
    return zd.fail(details, evidence or {})
  elseif status == "not_applicable" then
    return zd.na(details, evidence or {})
  elseif status == "error" then
    return zd.error(details, evidence or {})
  end
  return zd.manual(details, evidence or {})
end

return M
