/**
 * From evaluated references and a policy to an upgrade plan: {@link io.github.duendetools.plan.UpgradeCheck} scans a
 * root and plans with a catalog (what {@code check-upgrade} runs, and what {@code migrate} plans with);
 * {@code EffectiveVersionResolver} picks the version restore would take for each reference, and
 * {@code UpgradePlanner} builds the ordered path to the target with its findings (errors refuse a migration, warnings
 * and notes only inform).
 */
package io.github.duendetools.plan;
