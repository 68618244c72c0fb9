/** Applies a saved theme before first paint (no flash of the wrong theme); storage may be unavailable. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
