package org.partnersplatform.core.scoring;

/**
 * Where an effective scoring value comes from: the plugin's declaration, the policy file's entry for the type, the
 * policy file's default (caps), or an administrator's override (weights).
 */
public enum ValueOrigin {
    PLUGIN,
    POLICY,
    POLICY_DEFAULT,
    OVERRIDE
}
