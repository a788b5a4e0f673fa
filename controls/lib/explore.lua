-- SPDX-License-Identifier: MIT
-- explore.lua — Explore facts for the EXPLORE controls: whether account settings prove Explore
-- off (then the controls are not applicable), and the Explore/reporting access that custom
-- roles grant, ranked so a role can be compared with the least-privilege parameter.
local feature = require "feature"
local verdict = require "verdict"
local M = {}

-- Access levels, lowest first. report_access (legacy reporting) has no "edit" level.
M.LEVEL = { none = 0, readonly = 1, edit = 2, full = 3 }

-- probe(body) -> "off" | "on" | "unknown", evidence, for the account_settings body.
M.probe = feature.flag("account_settings", "settings.active_features.explore")

-- off(snap) -> true, evidence when account settings prove Explore off.
function M.off(snap)
  if snap.account_settings == nil then return false end
  local st, ev = M.probe(snap.account_settings)
  return st == "off", ev
end

-- not_applicable(snap) -> the not-applicable result when account settings prove Explore off,
-- else nil.
function M.not_applicable(snap)
  local off, offev = M.off(snap)
  if off then
    return zd.na("Explore is off for this account (active_features.explore false).", offev)
  end
  return nil
end

-- The result for an Explore control a person must check while Explore is on (feature.lua).
function M.ask_unless_off(snap, ask)
  return feature.ask_unless_off(snap, "account_settings", "Explore", M.probe, ask)
end

-- The custom roles, or nil plus the result to return: not applicable when Explore is off;
-- a plan without custom roles (HTTP 403 or 404), a skipped endpoint or an empty list asks a
-- person to check each agent's Explore role; other failures are errors.
function M.roles(snap)
  local na = M.not_applicable(snap)
  if na then
    return nil, na
  end
  if snap.account_settings ~= nil and M.probe(snap.account_settings) == "bad" then
    return nil, verdict.error("settings.active_features.explore has the wrong type (malformed "
      .. "response), so whether Explore is on cannot be read.")
  end
  local ask = "check each agent's Explore role in Admin Center > People > Team > Team members "
    .. "(Explore) and keep the list."
  local roles = zd.items(snap, "custom_roles")
  local bad = verdict.malformed("custom_roles", roles)
  if bad then
    return nil, verdict.error(bad .. ".")
  end
  if roles ~= nil then
    if #roles == 0 then
      return nil, zd.manual("The account lists no custom roles; " .. ask,
        { { endpoint = "custom_roles", note = "no custom roles" } })
    end
    return roles
  end
  local st = zd.state("custom_roles")
  if st.outcome == "skipped" or (st.outcome == "http_error"
      and (st.http_status == 403 or st.http_status == 404)) then
    return nil, zd.manual(st.reason .. ". Without custom roles, " .. ask,
      { { endpoint = "custom_roles", note = st.reason } })
  end
  return nil, verdict.error(st.reason .. ", so Explore access cannot be checked.")
end

-- access(role) -> explore level name, report level name (either may be nil when absent),
-- and whether any value is unknown (not in M.LEVEL).
function M.access(role)
  local cfg = role.configuration
  if zd.type(cfg) ~= "object" then return nil, nil, true end
  local e, r = zd.str(cfg.explore_access), zd.str(cfg.report_access)
  local unknown = (e ~= nil and M.LEVEL[e] == nil) or (r ~= nil and M.LEVEL[r] == nil)
    or (e == nil and r == nil)
  return e, r, unknown
end

-- The highest known level a role grants over Explore and legacy reporting (absent or
-- unknown values count as none here; M.access reports them as unknown).
function M.level(e, r)
  local le = e and M.LEVEL[e] or 0
  local lr = r and M.LEVEL[r] or 0
  return math.max(le, lr)
end

-- findings(bad, unknown, grants, unreadable, ev) -> the result of a role review, or nil when
-- it found nothing: fail when roles with members grant too much ('bad' labels; "N role(s)
-- with members grant(s) <grants>: …"), else error when roles could not be read ('unknown'
-- labels; "N role(s) has/have <unreadable>: …").
function M.findings(bad, unknown, grants, unreadable, ev)
  if #bad > 0 then
    return zd.fail(verdict.count(#bad, "role") .. " with members "
      .. verdict.agree(#bad, "grants", "grant") .. " " .. grants .. ": " .. verdict.list(bad)
      .. ".", ev)
  end
  if #unknown > 0 then
    return verdict.error(verdict.count(#unknown, "role") .. " "
      .. verdict.agree(#unknown, "has", "have") .. " " .. unreadable .. ": "
      .. verdict.list(unknown) .. ".", ev)
  end
  return nil
end

-- Evidence object for a role.
function M.object(role)
  return { type = "custom_role", id = zd.int(role.id), title = zd.str(role.name) }
end

return M
