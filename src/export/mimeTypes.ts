/** The MIME type of a .docx (the web page is saved as text/html in UTF-8). */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
