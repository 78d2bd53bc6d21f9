// Shared test setup: DOM matchers for the component tests that opt into jsdom.
import '@testing-library/jest-dom/vitest'
