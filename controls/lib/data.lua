-- SPDX-License-Identifier: MIT
-- Snapshot access shared by the controls: an endpoint's list with its completeness, and the
-- result to give when an endpoint brought no data (manual when it was skipped, else error).
local M = {}

-- reason(key): the engine's sentence saying how the endpoint went.
function M.reason(key)
  return zd.state(key).reason
end

function M.ok(key)
  return zd.state(key).outcome == "ok"
end

-- truncated(key): true when paging stopped early, so the list is incomplete.
function M.truncated(key)
  return zd.state(key).truncated == true
end

-- list(snap, key) -> items | nil, reason
function M.list(snap, key)
  local items = zd.items(snap, key)
  if items ~= nil then
    return items
  end
  local st = zd.state(key)
  if st.outcome == "ok" then
    return nil, "endpoint '" .. key .. "' holds no list"
  end
  return nil, st.reason
end

-- missing(key [, what]): the result for "this endpoint gave no data". `what` names what could
-- not be checked. Skipped endpoints ask a person; refused or failed ones are errors.
function M.missing(key, what)
  local st = zd.state(key)
  local msg = (what and (what .. ": ") or "") .. st.reason .. "."
  if st.outcome == "skipped" then
    return zd.manual(msg .. " Check it by hand in Admin Center.", { { endpoint = key, note = st.reason } })
  end
  return zd.error(msg, {})
end

-- incomplete(key, what): the result for a truncated list that showed no problem.
function M.incomplete(key, what)
  return zd.error(what .. ": the '" .. key .. "' list is truncated, so the check is incomplete.", {})
end

-- staff_role(user) -> "agent" or "admin" for a team member who is not deactivated
-- (active false) or suspended, else nil: the people whose access the controls review.
function M.staff_role(u)
  local role = zd.str(zd.get(u, "role"))
  if (role == "agent" or role == "admin") and zd.bool(zd.get(u, "active")) ~= false
      and zd.bool(zd.get(u, "suspended")) ~= true then
    return role
  end
  return nil
end

-- staff(snap) -> the 'users' list (staff: agents and admins) and the number of active staff
-- in it, or nil plus the result to return: not collected (error, manual when skipped), an
-- item that is not an object (malformed: error), or no active agent or admin at all (error:
-- every account has an admin, so an empty staff list means the data is unusable, not clean).
-- active(snap) -> the active team members of the 'users' list, in list order, as
-- { users = {item, ...}, roles = {"agent" or "admin", ...} } (read-only), or nil when the list
-- was not collected. Worked out once per run (zd.shared) for every control that reviews the
-- team, instead of a walk of staff_role over every user in each of them. Items that are not
-- objects are left out, as staff_role leaves them: callers check the list with
-- verdict.malformed (or staff) first.
function M.active(snap)
  return zd.shared("data.active", function()
    local users = zd.items(snap, "users")
    if users == nil then return nil end
    -- staff_role over every item, walked in C for a snapshot list
    local us, roles = zd.staff_roles(users)
    if us then return { users = us, roles = roles } end
    us, roles = {}, {}
    for _, u in ipairs(users) do
      local role = M.staff_role(u)
      if role then
        us[#us + 1] = u
        roles[#roles + 1] = role
      end
    end
    return { users = us, roles = roles }
  end)
end

function M.staff(snap)
  local users, why = M.list(snap, "users")
  if users == nil then
    if zd.state("users").outcome == "skipped" then
      return nil, M.missing("users", "the team members")
    end
    return nil, zd.error("The team members cannot be reviewed: " .. why .. ".", {})
  end
  local bad, t = zd.nonobject(users)
  if bad then
    return nil, zd.error("Item " .. bad .. " of the 'users' list is " .. t
      .. ", not an object (malformed response), so the team cannot be reviewed.", {})
  end
  local n = #M.active(snap).users
  if n == 0 then
    return nil, zd.error("The 'users' list holds no active agent or admin (" .. #users
      .. " item(s)); every account has at least one admin, so the staff data is unusable.",
      { { endpoint = "users", actual = #users, note = "no active agent or admin" } })
  end
  return users, n
end

-- object(type, item [, titlefield]): an evidence object naming a Zendesk object.
function M.object(otype, item, titlefield)
  local title = zd.str(zd.get(item, titlefield or "name"))
  return { type = otype, id = zd.get(item, "id"), title = title }
end

return M
