-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.5: public user profiles or @mentions are off (else a recorded risk decision).
-- Decided per brand from the experimental hc_general_settings; a community that is off also
-- passes (nobody can be @mentioned in it); unreadable settings => manual.
local guide = require "guide"

id = "ZD.GUIDE.5"
title = "Public profiles and @mentions are switched off if judged risky"
seed_ref = "II.5 (option to disable @mentions added 2023-04-13)"
product = "Gather (user profiles)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep public profiles and @mentions on, with a documented risk decision that "
  .. "naming community members is acceptable for the use case."
automation = "partial"
description = "Community members cannot be @mentioned through public profiles, unless the "
  .. "subscriber decided that is acceptable. If end users may have public profiles, community "
  .. "members can be @mentioned; where that is judged risky for the use case, turn off public "
  .. "profiles or @mentions."
evidence = "Per brand with a help centre: public_user_profiles_enabled, user_profiles_enabled, "
  .. "at_mentions_enabled and community_enabled from the help centre's settings (undocumented "
  .. "internal endpoint /hc/api/internal/general_settings); a pass needs one of them off. "
  .. "Otherwise the recorded risk decision (an exception in the zdaudit configuration)."
remediation = "Per brand: in Guide admin > Settings > Guide settings, turn off \"Public user "
  .. "profiles\" or, under Community settings, turn off @mentions; or record the risk decision "
  .. "to keep both as an exception for ZD.GUIDE.5 in zdaudit.yaml."
question = "For every brand's help centre with a community, confirm in Guide admin > Settings that"
  .. " public user profiles or @mentions are off, or produce the signed risk decision to keep "
  .. "both. Keep a screenshot of both settings."
uses = { "brands", "hc_general_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  local function decide(brand, prefs, ev)
    if not prefs then
      return "manual", guide.no_settings(snap, brand, prefs)
        .. "; check public profiles and @mentions in Guide admin"
    end
    local public = zd.bool(prefs.public_user_profiles_enabled)
    local profiles = zd.bool(prefs.user_profiles_enabled)
    local mentions = zd.bool(prefs.at_mentions_enabled)
    local community = zd.bool(prefs.community_enabled)
    ev[#ev + 1] = guide.pref(brand, prefs, "public_user_profiles_enabled", false)
    ev[#ev + 1] = guide.pref(brand, prefs, "at_mentions_enabled", false)
    if public == false or profiles == false then
      ev[#ev + 1] = guide.pref(brand, prefs, "user_profiles_enabled", false)
      return "pass", "public user profiles are off"
    end
    if mentions == false then
      return "pass", "@mentions are off"
    end
    if community == false then
      ev[#ev + 1] = guide.pref(brand, prefs, "community_enabled", false)
      return "pass", "the community is off, so members cannot be @mentioned"
    end
    if public == true and mentions == true then
      return "fail", "public user profiles and @mentions are both on "
        .. "(public_user_profiles_enabled and at_mentions_enabled true); turn one off or record "
        .. "the risk decision as an exception"
    end
    return "manual", "public_user_profiles_enabled or at_mentions_enabled is missing from the "
      .. "help-centre settings"
  end

  return guide.each_brand(snap, decide, "public profile or @mention setting")
end
