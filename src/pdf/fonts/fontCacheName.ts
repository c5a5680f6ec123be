/** The Cache Storage cache of font files: the worker's, 准备离线使用's and the service worker's. */
export const FONT_CACHE = 'zfxxgk-fonts-v1'
