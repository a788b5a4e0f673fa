-- SPDX-License-Identifier: MIT
-- Agent sign-in as security_settings describes it: which methods are on (Zendesk passwords,
-- enterprise SSO, Google, Microsoft), 2FA enforcement, and the admin-set-passwords switch.
-- Booleans may arrive as strings; an absent or mistyped flag is nil ("unknown"), never false.
local M = {}

-- settings(snap) -> the security_settings object, or nil when the body has the wrong shape.
function M.settings(snap)
  local ss = zd.get(snap.security_settings, "security_settings")
  if zd.type(ss) ~= "object" then
    return nil
  end
  return ss
end

-- agent(ss) -> table describing team-member sign-in, or nil when `authentication.agent` is
-- missing. Fields: native, remote, google, office365, enforce_sso, two_factor,
-- admins_set_passwords (true/false/nil), sso (true when any SSO flag is true), sso_known
-- (every SSO flag was readable), policy_id, policy_name, password (view or nil).
function M.agent(ss)
  local a = zd.get(ss, "authentication.agent")
  if zd.type(a) ~= "object" then
    return nil
  end
  local t = {
    native = zd.bool(zd.get(a, "zendesk_login")),
    remote = zd.bool(zd.get(a, "remote_login")),
    google = zd.bool(zd.get(a, "google_login")),
    office365 = zd.bool(zd.get(a, "office_365_login")),
    office365_enforce_tid = zd.bool(zd.get(a, "office_365_enforce_tid")),
    enforce_sso = zd.bool(zd.get(a, "enforce_sso")),
    two_factor = zd.bool(zd.get(a, "two_factor_enforce")),
    remote_bypass = zd.str(zd.get(a, "remote_bypass_name")),
    admins_set_passwords = zd.bool(zd.get(ss, "admins_can_set_user_passwords")),
    policy_id = zd.int(zd.get(a, "security_policy_id")),
    policy_name = zd.str(zd.get(a, "security_policy_name")),
    password = zd.get(a, "password"),
  }
  t.sso = t.remote == true or t.google == true or t.office365 == true
  t.sso_known = t.remote ~= nil and t.google ~= nil and t.office365 ~= nil
  if t.policy_name then
    t.policy_name = string.lower(t.policy_name)
  end
  return t
end

-- Where the agent flags stand in the snapshot, for evidence.
M.EP = "security_settings"
M.BASE = "security_settings.authentication.agent."

-- read(snap) -> agent(settings(snap)), or nil plus the error result to return when
-- security_settings has no authentication.agent object.
function M.read(snap)
  local ss = M.settings(snap)
  local a = ss and M.agent(ss)
  if a == nil then
    return nil, zd.error("security_settings has no authentication.agent object.", {})
  end
  return a
end

-- without_sso(a, tail) -> nil when team members sign in through SSO; otherwise the result to
-- return: error when the SSO flags cannot be read, not applicable when all are false (the
-- details end with 'tail', which says what that means for the caller).
function M.without_sso(a, tail)
  if a.sso then
    return nil
  end
  if not a.sso_known then
    return zd.error("security_settings does not say which SSO methods are on "
      .. "(remote_login, google_login, office_365_login absent or not booleans).", {})
  end
  return zd.na("Team members do not sign in through SSO (remote_login, google_login and "
    .. "office_365_login are all false)" .. tail,
    { { endpoint = M.EP, path = M.BASE .. "remote_login", actual = false } })
end

-- admins_set(a, ev): appends the admins_can_set_user_passwords evidence (expected false) to
-- 'ev'; returns the failure text when admins can set passwords, else nil (the caller decides
-- what an unreadable flag means).
function M.admins_set(a, ev)
  ev[#ev + 1] = { endpoint = M.EP, path = "security_settings.admins_can_set_user_passwords",
                  actual = M.shown(a.admins_set_passwords), expected = false }
  if a.admins_set_passwords == true then
    return "admins can set users' passwords (admins_can_set_user_passwords true)"
  end
  return nil
end

-- sso_methods(t) -> "enterprise SSO, Microsoft" style list of the SSO methods that are on.
function M.sso_methods(t)
  local m = {}
  if t.remote then m[#m + 1] = "enterprise SSO (SAML/JWT/OIDC)" end
  if t.google then m[#m + 1] = "Google" end
  if t.office365 then m[#m + 1] = "Microsoft" end
  return table.concat(m, ", ")
end

-- shown(v): a flag as evidence shows it ("absent" for nil).
function M.shown(v)
  if v == nil then
    return "absent"
  end
  return v
end

return M
