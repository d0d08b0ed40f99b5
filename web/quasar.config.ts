// Quasar CLI configuration: https://v2.quasar.dev/quasar-cli-vite/quasar-config-file

import { defineConfig } from '#q-app'

/**
 * Where the dev server forwards /v1, so development is same-origin like
 * production behind nginx.
 */
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3333'

export default defineConfig(() => {
  return {
    boot: ['session'],

    css: ['app.css'],

    // Icons ship with the bundle: no font CDN, nothing loaded from elsewhere.
    extras: ['material-icons'],

    build: {
      target: {
        browser: 'baseline-widely-available',
      },

      typescript: {
        strict: true,
        vueShim: true,
      },

      vueRouterMode: 'history',
    },

    devServer: {
      open: false,
      proxy: {
        '/v1': {
          target: apiTarget,
          changeOrigin: false,
          xfwd: true,
        },
      },
    },

    framework: {
      config: {
        dark: 'auto',
        // Darker than Quasar's default blue: text and outlines on white and
        // on the focus tint keep a 4.5:1 contrast (WCAG AA).
        brand: { primary: '#1565c0' },
      },
      plugins: ['Notify', 'Dialog', 'Loading'],
    },

    animations: [],
  }
})
