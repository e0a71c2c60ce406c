const nxPreset = require('@nx/jest/preset').default;

// CI runs every project's tests on two cores: give slow, loaded runs room before failing.
module.exports = { ...nxPreset, testTimeout: 30000 };
