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

-- of(id) -> {id=, status=, details=} from zd.result.
function M.of(id)
  local st, details = zd.result(id)
  return { id = id, status = st, details = details }
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
