-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.1: User lifecycle management.
-- Check: users: active, unsuspended agents and admins who never signed in or not within
--   dormant_agent_days fail; the joiner/mover/leaver reconciliation stays with a person.

id = "ZD.GEN.11.1"
title = "User lifecycle management"
seed_ref = "SRM I.1.a"
product = "Support / Admin Center (people)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber handles the whole lifecycle of every user of its instance: provisioning, "
  .. "changes, ongoing maintenance, keeping permissions accurate, and deprovisioning. This "
  .. "covers end users and agents, whether on-premises, remote or third-party. Responsibility "
  .. "(subscriber): Zendesk's counterpart (SRM I.2.a) covers only Zendesk's own staff."
evidence = "GET /api/v2/users for agents and admins: role, custom role, last_login_at, suspended, "
  .. "two_factor_auth_enabled, ticket_restriction. Reconciliation against HR "
  .. "joiner/mover/leaver data. Periodic access-review sign-off. The tool can flag agents with"
  .. " no recent sign-in."
remediation = "Review agents and admins in Admin Center > People > Team > Team members at least "
  .. "quarterly: suspend or downgrade leavers and dormant agents, check roles against job "
  .. "needs, and reconcile with HR joiner/mover/leaver data; keep the signed review."
question = "In Admin Center > People > Team > Team members, review every active agent and admin "
  .. "(role, custom role, last sign-in, suspension, 2FA) against HR joiner, mover and leaver "
  .. "records, and confirm nobody who left or changed job keeps access and dormant accounts are "
  .. "suspended. Keep the signed, dated access review with the reconciled list."
uses = { "users" }

-- check --
requires = { "users" }
params = { "dormant_agent_days" }

local data = require "data"
local inv = require "inventory"

function check(snap, ctx)
  local users, res = data.staff(snap)
  if users == nil then
    return res
  end
  local days = zd.int(ctx.params.dormant_agent_days) or 90
  local staff, dormant, ev = 0, {}, {}
  local active = data.active(snap)
  local roles = active.roles
  for i, u in ipairs(active.users) do
    local role = roles[i]
    staff = staff + 1
    local last = zd.get(u, "last_login_at")
    local idle = inv.age_days(last, ctx.now)
    if (idle == nil or idle > days) and not zd.excepted("users", u) then
      dormant[#dormant + 1] = u
      if #dormant <= 25 then
        ev[#ev + 1] = { endpoint = "users", object = { type = "user", id = zd.get(u, "id"), title = role },
                        field = "last_login_at", actual = last == nil and "never" or last,
                        expected = "a sign-in within " .. days .. " days" }
      end
    end
  end
  if #dormant > 0 then
    return zd.fail(#dormant .. " of " .. staff .. " active agent(s)/admin(s) have not signed in for "
      .. days .. " days or never: suspend or downgrade those who left or no longer need access.", ev)
  end
  if data.truncated("users") then
    return data.incomplete("users", "the user lifecycle review")
  end
  ev[#ev + 1] = { endpoint = "users", note = staff .. " active agent(s)/admin(s)" }
  return zd.pass("All " .. staff .. " active agents and admins signed in within " .. days
    .. " days; reconcile them with HR joiner/mover/leaver records and keep the review sign-off.", ev)
end
