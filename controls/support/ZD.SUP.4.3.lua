-- SPDX-License-Identifier: MIT
-- ZD.SUP.4.3: API password (basic-auth) access disabled.
-- Check: account_settings settings.api: api_password_access and api_password_access_end_users
--   (string or boolean; whichever is present) must be off.

id = "ZD.SUP.4.3"
title = "API password (basic-auth) access disabled"
seed_ref = "I.4.c (added 2023-04-13)"
product = "Admin Center, API configuration"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep API password access only where a documented need requires it, and record that need "
  .. "and its owner in the exception register."
automation = "auto"
description = "Disable password access to the API wherever possible. That method sends the user's "
  .. "credentials with every request, which makes them easier for an attacker to intercept if "
  .. "they are exposed."
evidence = "Account settings api.api_password_access is off (Admin Center > Apps and integrations > "
  .. "APIs > API configuration)."
remediation = "In Admin Center > Apps and integrations > APIs > API configuration, turn off \"Allow API"
  .. " password access\" (and the end-user variant), after moving integrations to OAuth or API"
  .. " tokens."
  .. " Or, as the baseline allows: keep API password access only where a documented need "
  .. "requires it, and record that need and its owner in the exception register."
question = "In Admin Center > Apps and integrations > APIs > API configuration, confirm API "
  .. "password access (and its end-user variant, where shown) is off, or that the exception "
  .. "register records the documented need and its owner. Keep a dated screenshot."
uses = { "account_settings" }

-- check --
requires = { "account_settings" }

local auth = require "auth"

local EP = "account_settings"

function check(snap, ctx)
  local api = zd.get(snap.account_settings, "settings.api")
  if zd.type(api) ~= "object" then
    return zd.error("account_settings has no settings.api object.", {})
  end
  local fields = { "api_password_access", "api_password_access_end_users" }
  local on, known, ev = {}, 0, {}
  for _, f in ipairs(fields) do
    local raw = zd.get(api, f)
    local b = zd.bool(raw)
    if raw ~= nil and b == nil then
      return zd.error("settings.api." .. f .. " is neither a boolean nor \"true\"/\"false\".", {})
    end
    if b ~= nil then
      known = known + 1
      ev[#ev + 1] = { endpoint = EP, path = "settings.api." .. f, actual = raw, expected = false }
      if b then
        on[#on + 1] = f
      end
    end
  end
  if #on > 0 then
    return zd.fail("Password (basic-auth) access to the API is on: " .. table.concat(on, ", ")
      .. " is true.", ev)
  end
  if known == 0 then
    return zd.manual("Account settings do not say whether API password access is on (neither "
      .. "api_password_access nor api_password_access_end_users is present): check Admin "
      .. "Center > Apps and integrations > APIs > API configuration.", {
        { endpoint = EP, path = "settings.api", note = "no api_password_access field" } })
  end
  return zd.pass("Password access to the API is off.", ev)
end
