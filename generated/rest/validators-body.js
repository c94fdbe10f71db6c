// generated from specs/duckapi.json by codegen/emit-validators.ts; do not edit
import runtime_ucs2length from "ajv/dist/runtime/ucs2length.js";
export const createProjectBody = validate20;
const schema31 = {"$ref":"https://duckstorage.local/schemas/ProjectCreate"};
const schema32 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":64,"pattern":"^(?!.*_branch_)[A-Za-z0-9][A-Za-z0-9_-]*$","description":"Project id (Keboola Connection's project id). 1-64 characters of letters, digits, `_` and `-`, starting with a letter or digit, never containing `_branch_`."},"name":{"anyOf":[{"type":"string","maxLength":255},{"type":"null"}],"description":"Human-readable name."},"settings":{"anyOf":[{"type":"object","additionalProperties":true},{"type":"null"}],"description":"Free-form project settings, stored and returned as given."}},"required":["id"],"$id":"https://duckstorage.local/schemas/ProjectCreate"};
const func1 = (runtime_ucs2length.default ?? runtime_ucs2length);
const pattern4 = new RegExp("^(?!.*_branch_)[A-Za-z0-9][A-Za-z0-9_-]*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/ProjectCreate/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "name")) || (key0 === "settings"))){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/ProjectCreate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*_branch_)[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^(?!.*_branch_)[A-Za-z0-9][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err6 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/name/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/name/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(data1 !== null){
const err8 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/name/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err9 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/name/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.settings !== undefined){
let data2 = data.settings;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err10 = {instancePath:instancePath+"/settings",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/settings/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
const _errs16 = errors;
if(data2 !== null){
const err11 = {instancePath:instancePath+"/settings",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/settings/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err12 = {instancePath:instancePath+"/settings",schemaPath:"https://duckstorage.local/schemas/ProjectCreate/properties/settings/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"https://duckstorage.local/schemas/ProjectCreate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateProjectBody = validate21;
const schema33 = {"$ref":"https://duckstorage.local/schemas/ProjectUpdate"};
const schema34 = {"type":"object","additionalProperties":false,"properties":{"name":{"anyOf":[{"type":"string","maxLength":255},{"type":"null"}],"description":"New name; absent or null keeps the current one."},"settings":{"anyOf":[{"type":"object","additionalProperties":true},{"type":"null"}],"description":"New settings (replaces the old object); absent or null keeps them."}},"required":[],"$id":"https://duckstorage.local/schemas/ProjectUpdate"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "name") || (key0 === "settings"))){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err1 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/properties/name/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/properties/name/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
const _errs7 = errors;
if(data0 !== null){
const err3 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/properties/name/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err4 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/properties/name/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.settings !== undefined){
let data1 = data.settings;
const _errs10 = errors;
let valid3 = false;
const _errs11 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
}
else {
const err5 = {instancePath:instancePath+"/settings",schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/properties/settings/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid3 = valid3 || _valid1;
const _errs14 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/settings",schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/properties/settings/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err7 = {instancePath:instancePath+"/settings",schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/properties/settings/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"https://duckstorage.local/schemas/ProjectUpdate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createApiKeyBody = validate22;
const schema35 = {"$ref":"https://duckstorage.local/schemas/ApiKeyCreateRequest"};
const schema36 = {"type":"object","additionalProperties":false,"properties":{"description":{"type":"string","maxLength":255,"description":"What the key is for."},"scope":{"type":"string","enum":["project_admin","branch_admin","branch_read"],"default":"project_admin","description":"`project_admin`: everything in the project; `branch_admin`: read and write on one branch; `branch_read`: read-only on one branch."},"branch_id":{"anyOf":[{"type":"string","minLength":1,"maxLength":64},{"type":"null"}],"description":"Required for branch scopes (`default` = the main branch), null for project_admin."},"expires_in_days":{"anyOf":[{"type":"integer","minimum":1,"maximum":365},{"type":"null"}],"description":"Lifetime in days; null = no expiry."}},"required":["description"],"$id":"https://duckstorage.local/schemas/ApiKeyCreateRequest"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scope === undefined){
data.scope = "project_admin";
}
if(data.description === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "description") || (key0 === "scope")) || (key0 === "branch_id")) || (key0 === "expires_in_days"))){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err2 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.scope;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/scope",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data1 === "project_admin") || (data1 === "branch_admin")) || (data1 === "branch_read"))){
const err5 = {instancePath:instancePath+"/scope",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/scope/enum",keyword:"enum",params:{allowedValues: schema36.properties.scope.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.branch_id !== undefined){
let data2 = data.branch_id;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err6 = {instancePath:instancePath+"/branch_id",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/branch_id/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/branch_id",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/branch_id/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/branch_id",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/branch_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
const _errs11 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/branch_id",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/branch_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err10 = {instancePath:instancePath+"/branch_id",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/branch_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.expires_in_days !== undefined){
let data3 = data.expires_in_days;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err11 = {instancePath:instancePath+"/expires_in_days",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/expires_in_days/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 365 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/expires_in_days",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/expires_in_days/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/expires_in_days",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/expires_in_days/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid1 = _errs15 === errors;
valid3 = valid3 || _valid1;
const _errs17 = errors;
if(data3 !== null){
const err14 = {instancePath:instancePath+"/expires_in_days",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/expires_in_days/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err15 = {instancePath:instancePath+"/expires_in_days",schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/properties/expires_in_days/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"https://duckstorage.local/schemas/ApiKeyCreateRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createS3CredentialBody = validate23;
const schema37 = {"$ref":"https://duckstorage.local/schemas/S3CredentialCreateRequest"};
const schema38 = {"type":"object","additionalProperties":false,"properties":{"description":{"anyOf":[{"type":"string","maxLength":255},{"type":"null"}],"description":"What the credential is for."},"read_only":{"type":"boolean","default":false,"description":"Allow only reads (GET, HEAD, listings); writes and deletes are `AccessDenied`."}},"$id":"https://duckstorage.local/schemas/S3CredentialCreateRequest"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.read_only === undefined){
data.read_only = false;
}
for(const key0 in data){
if(!((key0 === "description") || (key0 === "read_only"))){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/S3CredentialCreateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err1 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/S3CredentialCreateRequest/properties/description/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/S3CredentialCreateRequest/properties/description/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
const _errs7 = errors;
if(data0 !== null){
const err3 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/S3CredentialCreateRequest/properties/description/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err4 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/S3CredentialCreateRequest/properties/description/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(typeof data.read_only !== "boolean"){
const err5 = {instancePath:instancePath+"/read_only",schemaPath:"https://duckstorage.local/schemas/S3CredentialCreateRequest/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath,schemaPath:"https://duckstorage.local/schemas/S3CredentialCreateRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createBranchBody = validate24;
const schema39 = {"$ref":"https://duckstorage.local/schemas/BranchCreateRequest"};
const schema40 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":100,"description":"Branch name, unique in the project; 1-100 characters. Characters the server does not accept are 400 `invalid_name`."},"description":{"anyOf":[{"type":"string","maxLength":1024},{"type":"null"}]}},"required":["name"],"$id":"https://duckstorage.local/schemas/BranchCreateRequest"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err2 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(typeof data1 === "string"){
if(func1(data1) > 1024){
const err5 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/properties/description/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/properties/description/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/properties/description/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err8 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/properties/description/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BranchCreateRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const mergeTableBody = validate25;
const schema41 = {"$ref":"https://duckstorage.local/schemas/MergeTableRequest"};
const schema42 = {"type":"object","additionalProperties":false,"properties":{"force":{"type":"boolean","default":false,"description":"Merge even when main's table changed after the branch copied it, overwriting those changes."}},"required":[],"$id":"https://duckstorage.local/schemas/MergeTableRequest"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.force === undefined){
data.force = false;
}
for(const key0 in data){
if(!(key0 === "force")){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/MergeTableRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(typeof data.force !== "boolean"){
const err1 = {instancePath:instancePath+"/force",schemaPath:"https://duckstorage.local/schemas/MergeTableRequest/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"https://duckstorage.local/schemas/MergeTableRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createBucketBody = validate26;
const schema43 = {"$ref":"https://duckstorage.local/schemas/BucketCreate"};
const schema44 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":96,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","description":"Bucket name: 1-96 letters, digits, `_`, `-`, `.`, starting with a letter or digit (e.g. `in_c_sales`). Unique per project regardless of case."},"description":{"anyOf":[{"type":"string","maxLength":1024},{"type":"null"}]}},"required":["name"],"$id":"https://duckstorage.local/schemas/BucketCreate"};
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketCreate/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketCreate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 96){
const err2 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/BucketCreate/properties/name/maxLength",keyword:"maxLength",params:{limit: 96},message:"must NOT have more than 96 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/BucketCreate/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern5.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/BucketCreate/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/BucketCreate/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(typeof data1 === "string"){
if(func1(data1) > 1024){
const err6 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/BucketCreate/properties/description/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/BucketCreate/properties/description/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(data1 !== null){
const err8 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/BucketCreate/properties/description/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err9 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/BucketCreate/properties/description/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketCreate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const shareBucketBody = validate27;
const schema45 = {"$ref":"https://duckstorage.local/schemas/BucketShareRequest"};
const schema46 = {"type":"object","additionalProperties":false,"properties":{"target_project_id":{"type":"string","minLength":1,"maxLength":64,"description":"The project to share the bucket with."}},"required":["target_project_id"],"$id":"https://duckstorage.local/schemas/BucketShareRequest"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.target_project_id === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketShareRequest/required",keyword:"required",params:{missingProperty: "target_project_id"},message:"must have required property '"+"target_project_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "target_project_id")){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketShareRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.target_project_id !== undefined){
let data0 = data.target_project_id;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err2 = {instancePath:instancePath+"/target_project_id",schemaPath:"https://duckstorage.local/schemas/BucketShareRequest/properties/target_project_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/target_project_id",schemaPath:"https://duckstorage.local/schemas/BucketShareRequest/properties/target_project_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/target_project_id",schemaPath:"https://duckstorage.local/schemas/BucketShareRequest/properties/target_project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketShareRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const linkBucketBody = validate28;
const schema47 = {"$ref":"https://duckstorage.local/schemas/BucketLinkRequest"};
const schema48 = {"type":"object","additionalProperties":false,"properties":{"source_project_id":{"type":"string","minLength":1,"maxLength":64,"description":"The project that owns and shares the bucket."},"source_bucket_name":{"type":"string","minLength":1,"maxLength":96,"description":"The bucket in that project."}},"required":["source_project_id","source_bucket_name"],"$id":"https://duckstorage.local/schemas/BucketLinkRequest"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source_project_id === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/required",keyword:"required",params:{missingProperty: "source_project_id"},message:"must have required property '"+"source_project_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source_bucket_name === undefined){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/required",keyword:"required",params:{missingProperty: "source_bucket_name"},message:"must have required property '"+"source_bucket_name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "source_project_id") || (key0 === "source_bucket_name"))){
const err2 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source_project_id !== undefined){
let data0 = data.source_project_id;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err3 = {instancePath:instancePath+"/source_project_id",schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/properties/source_project_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/source_project_id",schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/properties/source_project_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/source_project_id",schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/properties/source_project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source_bucket_name !== undefined){
let data1 = data.source_bucket_name;
if(typeof data1 === "string"){
if(func1(data1) > 96){
const err6 = {instancePath:instancePath+"/source_bucket_name",schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/properties/source_bucket_name/maxLength",keyword:"maxLength",params:{limit: 96},message:"must NOT have more than 96 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/source_bucket_name",schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/properties/source_bucket_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/source_bucket_name",schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/properties/source_bucket_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"https://duckstorage.local/schemas/BucketLinkRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createTableBody = validate29;
const schema49 = {"$ref":"https://duckstorage.local/schemas/TableCreate"};
const schema50 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":96,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","description":"Table name, same rules as bucket names."},"columns":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"https://duckstorage.local/schemas/ColumnDefinition"}},"primary_key":{"anyOf":[{"type":"array","items":{"type":"string"},"maxItems":64},{"type":"null"}],"description":"Column names of the primary key; null or [] = none."}},"required":["name","columns"],"$id":"https://duckstorage.local/schemas/TableCreate"};
const schema51 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Column name: letters, digits and `_`, not starting with a digit; unique regardless of case."},"type":{"type":"string","minLength":1,"maxLength":256,"description":"DuckDB type: BOOLEAN, TINYINT…HUGEINT, UTINYINT…UBIGINT, FLOAT, DOUBLE, DECIMAL(p,s), VARCHAR, BLOB, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL, UUID, JSON, their aliases, `T[]`, STRUCT(...), MAP(K,V)."},"nullable":{"type":"boolean","default":true},"default":{"anyOf":[{"type":"string","maxLength":1024},{"type":"null"}],"description":"Default: a number, a quoted string literal (`'active'`), true, false, NULL, or current_timestamp / current_date / now() / gen_random_uuid()."}},"required":["name","type"],"$id":"https://duckstorage.local/schemas/ColumnDefinition"};
const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/TableCreate" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.columns === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "columns")) || (key0 === "primary_key"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 96){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 96},message:"must NOT have more than 96 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.columns !== undefined){
let data1 = data.columns;
if(Array.isArray(data1)){
if(data1.length > 1000){
const err7 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.nullable === undefined){
data2.nullable = true;
}
if(data2.name === undefined){
const err9 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.type === undefined){
const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "type")) || (key1 === "nullable")) || (key1 === "default"))){
const err11 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func1(data3) > 64){
const err12 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern7.test(data3)){
const err14 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.type !== undefined){
let data4 = data2.type;
if(typeof data4 === "string"){
if(func1(data4) > 256){
const err16 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/type/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func1(data4) < 1){
const err17 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(typeof data2.nullable !== "boolean"){
const err19 = {instancePath:instancePath+"/columns/" + i0+"/nullable",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/nullable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data2.default !== undefined){
let data6 = data2.default;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
if(typeof data6 === "string"){
if(func1(data6) > 1024){
const err20 = {instancePath:instancePath+"/columns/" + i0+"/default",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/default/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/columns/" + i0+"/default",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/default/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid5 = valid5 || _valid0;
const _errs20 = errors;
if(data6 !== null){
const err22 = {instancePath:instancePath+"/columns/" + i0+"/default",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/default/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err23 = {instancePath:instancePath+"/columns/" + i0+"/default",schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/properties/default/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ColumnDefinition/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.primary_key !== undefined){
let data7 = data.primary_key;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(Array.isArray(data7)){
if(data7.length > 64){
const err26 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err27 = {instancePath:instancePath+"/primary_key/" + i1,schemaPath:"#/properties/primary_key/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid6 = valid6 || _valid1;
const _errs28 = errors;
if(data7 !== null){
const err29 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err30 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const prepareFileUploadBody = validate32;
const schema52 = {"$ref":"https://duckstorage.local/schemas/FilePrepareRequest"};
const schema53 = {"type":"object","properties":{"filename":{"type":"string","description":"Name the file will have (no path separators, at most 255 bytes); stored as metadata only, never used as a path."},"content_type":{"anyOf":[{"type":"string","maxLength":255},{"type":"null"}]},"size_bytes":{"anyOf":[{"type":"integer","description":"Expected size; refused at once when above MAX_UPLOAD_BYTES, and the upload must then have exactly this size."},{"type":"null"}]},"tags":{"anyOf":[{"type":"object","additionalProperties":{"type":"string","maxLength":1024},"maxProperties":64},{"type":"null"}]}},"required":["filename"],"$id":"https://duckstorage.local/schemas/FilePrepareRequest"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.filename === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/required",keyword:"required",params:{missingProperty: "filename"},message:"must have required property '"+"filename"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.filename !== undefined){
if(typeof data.filename !== "string"){
const err1 = {instancePath:instancePath+"/filename",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/filename/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.content_type !== undefined){
let data1 = data.content_type;
const _errs5 = errors;
let valid2 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err2 = {instancePath:instancePath+"/content_type",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/content_type/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/content_type",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/content_type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err4 = {instancePath:instancePath+"/content_type",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/content_type/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err5 = {instancePath:instancePath+"/content_type",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/content_type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.size_bytes !== undefined){
let data2 = data.size_bytes;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err6 = {instancePath:instancePath+"/size_bytes",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/size_bytes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs14 = errors;
if(data2 !== null){
const err7 = {instancePath:instancePath+"/size_bytes",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/size_bytes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err8 = {instancePath:instancePath+"/size_bytes",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/size_bytes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.tags !== undefined){
let data3 = data.tags;
const _errs17 = errors;
let valid4 = false;
const _errs18 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 64){
const err9 = {instancePath:instancePath+"/tags",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/tags/anyOf/0/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data3){
let data4 = data3[key0];
if(typeof data4 === "string"){
if(func1(data4) > 1024){
const err10 = {instancePath:instancePath+"/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/tags/anyOf/0/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/tags/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/tags",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/tags/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid4 = valid4 || _valid2;
const _errs23 = errors;
if(data3 !== null){
const err13 = {instancePath:instancePath+"/tags",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/tags/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err14 = {instancePath:instancePath+"/tags",schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/properties/tags/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"https://duckstorage.local/schemas/FilePrepareRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"filename":true,"content_type":true,"size_bytes":true,"tags":true},"dynamicProps":false,"dynamicItems":false};

export const uploadFileBody = validate33;
const schema54 = {"$ref":"https://duckstorage.local/schemas/FileUploadForm"};
const schema55 = {"type":"object","properties":{"file":{"type":"string","contentMediaType":"application/octet-stream","description":"The file bytes (the part's own filename and type are ignored)."}},"required":["file"],"$id":"https://duckstorage.local/schemas/FileUploadForm"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.file === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/FileUploadForm/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file !== undefined){
if(typeof data.file !== "string"){
const err1 = {instancePath:instancePath+"/file",schemaPath:"https://duckstorage.local/schemas/FileUploadForm/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"https://duckstorage.local/schemas/FileUploadForm/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"file":true},"dynamicProps":false,"dynamicItems":false};

export const uploadFileStreamBody = validate34;
const schema56 = {"type":"string","contentMediaType":"application/octet-stream"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const registerFileBody = validate35;
const schema57 = {"$ref":"https://duckstorage.local/schemas/FileRegisterRequest"};
const schema58 = {"type":"object","properties":{"upload_key":{"type":"string"},"name":{"anyOf":[{"type":"string"},{"type":"null"}]},"tags":{"anyOf":[{"type":"object","additionalProperties":{"type":"string","maxLength":1024},"maxProperties":64},{"type":"null"}]}},"required":["upload_key"],"$id":"https://duckstorage.local/schemas/FileRegisterRequest"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.upload_key === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/required",keyword:"required",params:{missingProperty: "upload_key"},message:"must have required property '"+"upload_key"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.upload_key !== undefined){
if(typeof data.upload_key !== "string"){
const err1 = {instancePath:instancePath+"/upload_key",schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/upload_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
const _errs5 = errors;
let valid2 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/name/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/name/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err4 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/name/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.tags !== undefined){
let data2 = data.tags;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 64){
const err5 = {instancePath:instancePath+"/tags",schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/tags/anyOf/0/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data2){
let data3 = data2[key0];
if(typeof data3 === "string"){
if(func1(data3) > 1024){
const err6 = {instancePath:instancePath+"/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/tags/anyOf/0/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/tags/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/tags",schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/tags/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs17 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/tags",schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/tags/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err10 = {instancePath:instancePath+"/tags",schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/properties/tags/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"https://duckstorage.local/schemas/FileRegisterRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"upload_key":true,"name":true,"tags":true},"dynamicProps":false,"dynamicItems":false};

export const importFromFileBody = validate36;
const schema59 = {"$ref":"https://duckstorage.local/schemas/ImportFromFileRequest"};
const schema60 = {"type":"object","properties":{"file_id":{"type":"string","minLength":1},"format":{"type":"string","default":"csv","description":"`csv` or `parquet`."},"csv_options":{"anyOf":[{"$ref":"https://duckstorage.local/schemas/CsvOptions"},{"type":"null"}]},"import_options":{"$ref":"https://duckstorage.local/schemas/ImportOptions"}},"required":["file_id"],"$id":"https://duckstorage.local/schemas/ImportFromFileRequest"};
const schema61 = {"type":"object","additionalProperties":false,"properties":{"delimiter":{"type":"string","minLength":1,"maxLength":1,"description":"Field delimiter; `,` when absent."},"quote":{"type":"string","minLength":1,"maxLength":1,"description":"Quote character; `\"` when absent."},"escape":{"type":"string","minLength":1,"maxLength":1,"description":"Escape character inside quotes; when absent, the quote doubled (RFC 4180)."},"header":{"type":"boolean","description":"Whether the first line names the columns (default true); columns are matched by these names. Without a header, columns are taken in table order."},"null_string":{"type":"string","maxLength":64,"description":"Text that means NULL (default: an unquoted empty field)."},"compression":{"type":"string","enum":["auto","gzip","none"],"description":"`auto` (default) detects gzip from the file's first bytes."}},"$id":"https://duckstorage.local/schemas/CsvOptions"};
const schema62 = {"type":"object","additionalProperties":false,"properties":{"incremental":{"type":"boolean","default":false,"description":"false: the table is replaced by the file's rows (atomically); true: rows are added (upserted by primary key per dedup_mode)."},"dedup_mode":{"type":"string","enum":["update_duplicates","insert_duplicates","fail_on_duplicates"],"default":"update_duplicates","description":"With a primary key: update_duplicates upserts (last row of the file wins), fail_on_duplicates refuses the load with 409 naming a key, insert_duplicates is refused with 400 (a primary key table cannot hold duplicates)."},"columns":{"anyOf":[{"type":"array","items":{"type":"string"},"minItems":1,"description":"Only these columns are loaded; the others take their default."},{"type":"null"}]}},"$id":"https://duckstorage.local/schemas/ImportOptions"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/ImportFromFileRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
data.format = "csv";
}
if(data.file_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file_id"},message:"must have required property '"+"file_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file_id !== undefined){
let data0 = data.file_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data.format !== "string"){
const err3 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.csv_options !== undefined){
let data2 = data.csv_options;
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((((((key0 === "delimiter") || (key0 === "quote")) || (key0 === "escape")) || (key0 === "header")) || (key0 === "null_string")) || (key0 === "compression"))){
const err4 = {instancePath:instancePath+"/csv_options",schemaPath:"https://duckstorage.local/schemas/CsvOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.delimiter !== undefined){
let data3 = data2.delimiter;
if(typeof data3 === "string"){
if(func1(data3) > 1){
const err5 = {instancePath:instancePath+"/csv_options/delimiter",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data3) < 1){
const err6 = {instancePath:instancePath+"/csv_options/delimiter",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/csv_options/delimiter",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.quote !== undefined){
let data4 = data2.quote;
if(typeof data4 === "string"){
if(func1(data4) > 1){
const err8 = {instancePath:instancePath+"/csv_options/quote",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/quote/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data4) < 1){
const err9 = {instancePath:instancePath+"/csv_options/quote",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/quote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/csv_options/quote",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.escape !== undefined){
let data5 = data2.escape;
if(typeof data5 === "string"){
if(func1(data5) > 1){
const err11 = {instancePath:instancePath+"/csv_options/escape",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/escape/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data5) < 1){
const err12 = {instancePath:instancePath+"/csv_options/escape",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/escape/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/csv_options/escape",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/escape/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.header !== undefined){
if(typeof data2.header !== "boolean"){
const err14 = {instancePath:instancePath+"/csv_options/header",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.null_string !== undefined){
let data7 = data2.null_string;
if(typeof data7 === "string"){
if(func1(data7) > 64){
const err15 = {instancePath:instancePath+"/csv_options/null_string",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/null_string/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/csv_options/null_string",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/null_string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.compression !== undefined){
let data8 = data2.compression;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/csv_options/compression",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/compression/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data8 === "auto") || (data8 === "gzip")) || (data8 === "none"))){
const err18 = {instancePath:instancePath+"/csv_options/compression",schemaPath:"https://duckstorage.local/schemas/CsvOptions/properties/compression/enum",keyword:"enum",params:{allowedValues: schema61.properties.compression.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/csv_options",schemaPath:"https://duckstorage.local/schemas/CsvOptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
const _errs23 = errors;
if(data2 !== null){
const err20 = {instancePath:instancePath+"/csv_options",schemaPath:"#/properties/csv_options/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err21 = {instancePath:instancePath+"/csv_options",schemaPath:"#/properties/csv_options/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.import_options !== undefined){
let data9 = data.import_options;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.incremental === undefined){
data9.incremental = false;
}
if(data9.dedup_mode === undefined){
data9.dedup_mode = "update_duplicates";
}
for(const key1 in data9){
if(!(((key1 === "incremental") || (key1 === "dedup_mode")) || (key1 === "columns"))){
const err22 = {instancePath:instancePath+"/import_options",schemaPath:"https://duckstorage.local/schemas/ImportOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(typeof data9.incremental !== "boolean"){
const err23 = {instancePath:instancePath+"/import_options/incremental",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/incremental/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let data11 = data9.dedup_mode;
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/import_options/dedup_mode",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/dedup_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((data11 === "update_duplicates") || (data11 === "insert_duplicates")) || (data11 === "fail_on_duplicates"))){
const err25 = {instancePath:instancePath+"/import_options/dedup_mode",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/dedup_mode/enum",keyword:"enum",params:{allowedValues: schema62.properties.dedup_mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data9.columns !== undefined){
let data12 = data9.columns;
const _errs34 = errors;
let valid6 = false;
const _errs35 = errors;
if(Array.isArray(data12)){
if(data12.length < 1){
const err26 = {instancePath:instancePath+"/import_options/columns",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err27 = {instancePath:instancePath+"/import_options/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/import_options/columns",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs35 === errors;
valid6 = valid6 || _valid1;
const _errs39 = errors;
if(data12 !== null){
const err29 = {instancePath:instancePath+"/import_options/columns",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs39 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err30 = {instancePath:instancePath+"/import_options/columns",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/import_options",schemaPath:"https://duckstorage.local/schemas/ImportOptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"file_id":true,"format":true,"csv_options":true,"import_options":true},"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"file_id":true,"format":true,"csv_options":true,"import_options":true},"dynamicProps":false,"dynamicItems":false};

export const importFromTableBody = validate39;
const schema63 = {"$ref":"https://duckstorage.local/schemas/ImportFromTableRequest"};
const schema64 = {"type":"object","additionalProperties":false,"properties":{"source_bucket":{"type":"string","minLength":1},"source_table":{"type":"string","minLength":1},"columns":{"anyOf":[{"type":"array","items":{"$ref":"https://duckstorage.local/schemas/ColumnMapping"},"minItems":1,"description":"Source to destination columns; absent: every destination column from the source column of the same name."},{"type":"null"}]},"where":{"$ref":"https://duckstorage.local/schemas/RowFilters"},"where_filter":{"anyOf":[{"type":"string","maxLength":65536,"description":"A filter as SQL text over the source table; parsed and checked, see deleteRows."},{"type":"null"}]},"import_options":{"$ref":"https://duckstorage.local/schemas/ImportOptions"}},"required":["source_bucket","source_table"],"$id":"https://duckstorage.local/schemas/ImportFromTableRequest"};
const schema65 = {"type":"object","additionalProperties":false,"properties":{"source":{"type":"string","minLength":1},"destination":{"type":"string","minLength":1}},"required":["source","destination"],"$id":"https://duckstorage.local/schemas/ColumnMapping"};
const schema66 = {"type":"array","items":{"$ref":"https://duckstorage.local/schemas/RowFilter"},"maxItems":100,"description":"Structured filters, all of which must hold (AND); values are bound, never spliced.","$id":"https://duckstorage.local/schemas/RowFilters"};
const schema67 = {"type":"object","additionalProperties":false,"properties":{"column":{"type":"string","minLength":1},"operator":{"type":"string","enum":["eq","ne","gt","ge","lt","le","in","not_in","like","not_like","is_null","is_not_null","between"]},"values":{"type":"array","items":{"type":["string","number","boolean"]},"maxItems":10000,"description":"Compared as the column's type; none for is_null/is_not_null, two for between, one or more for the others (eq with several = in)."}},"required":["column","operator"],"$id":"https://duckstorage.local/schemas/RowFilter"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/RowFilters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 100){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.column === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"https://duckstorage.local/schemas/RowFilter/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.operator === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"https://duckstorage.local/schemas/RowFilter/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!(((key0 === "column") || (key0 === "operator")) || (key0 === "values"))){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"https://duckstorage.local/schemas/RowFilter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.column !== undefined){
let data1 = data0.column;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/" + i0+"/column",schemaPath:"https://duckstorage.local/schemas/RowFilter/properties/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0+"/column",schemaPath:"https://duckstorage.local/schemas/RowFilter/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.operator !== undefined){
let data2 = data0.operator;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/" + i0+"/operator",schemaPath:"https://duckstorage.local/schemas/RowFilter/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((((((((data2 === "eq") || (data2 === "ne")) || (data2 === "gt")) || (data2 === "ge")) || (data2 === "lt")) || (data2 === "le")) || (data2 === "in")) || (data2 === "not_in")) || (data2 === "like")) || (data2 === "not_like")) || (data2 === "is_null")) || (data2 === "is_not_null")) || (data2 === "between"))){
const err7 = {instancePath:instancePath+"/" + i0+"/operator",schemaPath:"https://duckstorage.local/schemas/RowFilter/properties/operator/enum",keyword:"enum",params:{allowedValues: schema67.properties.operator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.values !== undefined){
let data3 = data0.values;
if(Array.isArray(data3)){
if(data3.length > 10000){
const err8 = {instancePath:instancePath+"/" + i0+"/values",schemaPath:"https://duckstorage.local/schemas/RowFilter/properties/values/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(((typeof data4 !== "string") && (!(typeof data4 == "number"))) && (typeof data4 !== "boolean")){
const err9 = {instancePath:instancePath+"/" + i0+"/values/" + i1,schemaPath:"https://duckstorage.local/schemas/RowFilter/properties/values/items/type",keyword:"type",params:{type: schema67.properties.values.items.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/" + i0+"/values",schemaPath:"https://duckstorage.local/schemas/RowFilter/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/" + i0,schemaPath:"https://duckstorage.local/schemas/RowFilter/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/ImportFromTableRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source_bucket === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_bucket"},message:"must have required property '"+"source_bucket"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source_table === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_table"},message:"must have required property '"+"source_table"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "source_bucket") || (key0 === "source_table")) || (key0 === "columns")) || (key0 === "where")) || (key0 === "where_filter")) || (key0 === "import_options"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source_bucket !== undefined){
let data0 = data.source_bucket;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/source_bucket",schemaPath:"#/properties/source_bucket/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/source_bucket",schemaPath:"#/properties/source_bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.source_table !== undefined){
let data1 = data.source_table;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/source_table",schemaPath:"#/properties/source_table/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/source_table",schemaPath:"#/properties/source_table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.columns !== undefined){
let data2 = data.columns;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.source === undefined){
const err8 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ColumnMapping/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.destination === undefined){
const err9 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ColumnMapping/required",keyword:"required",params:{missingProperty: "destination"},message:"must have required property '"+"destination"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "source") || (key1 === "destination"))){
const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ColumnMapping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.source !== undefined){
let data4 = data3.source;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/columns/" + i0+"/source",schemaPath:"https://duckstorage.local/schemas/ColumnMapping/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/columns/" + i0+"/source",schemaPath:"https://duckstorage.local/schemas/ColumnMapping/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.destination !== undefined){
let data5 = data3.destination;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err13 = {instancePath:instancePath+"/columns/" + i0+"/destination",schemaPath:"https://duckstorage.local/schemas/ColumnMapping/properties/destination/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/columns/" + i0+"/destination",schemaPath:"https://duckstorage.local/schemas/ColumnMapping/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/ColumnMapping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs18 = errors;
if(data2 !== null){
const err17 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err18 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.where !== undefined){
if(!(validate41(data.where, {instancePath:instancePath+"/where",parentData:data,parentDataProperty:"where",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.where_filter !== undefined){
let data7 = data.where_filter;
const _errs22 = errors;
let valid6 = false;
const _errs23 = errors;
if(typeof data7 === "string"){
if(func1(data7) > 65536){
const err19 = {instancePath:instancePath+"/where_filter",schemaPath:"#/properties/where_filter/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/where_filter",schemaPath:"#/properties/where_filter/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
const _errs25 = errors;
if(data7 !== null){
const err21 = {instancePath:instancePath+"/where_filter",schemaPath:"#/properties/where_filter/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err22 = {instancePath:instancePath+"/where_filter",schemaPath:"#/properties/where_filter/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.import_options !== undefined){
let data8 = data.import_options;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.incremental === undefined){
data8.incremental = false;
}
if(data8.dedup_mode === undefined){
data8.dedup_mode = "update_duplicates";
}
for(const key2 in data8){
if(!(((key2 === "incremental") || (key2 === "dedup_mode")) || (key2 === "columns"))){
const err23 = {instancePath:instancePath+"/import_options",schemaPath:"https://duckstorage.local/schemas/ImportOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(typeof data8.incremental !== "boolean"){
const err24 = {instancePath:instancePath+"/import_options/incremental",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/incremental/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
let data10 = data8.dedup_mode;
if(typeof data10 !== "string"){
const err25 = {instancePath:instancePath+"/import_options/dedup_mode",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/dedup_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(((data10 === "update_duplicates") || (data10 === "insert_duplicates")) || (data10 === "fail_on_duplicates"))){
const err26 = {instancePath:instancePath+"/import_options/dedup_mode",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/dedup_mode/enum",keyword:"enum",params:{allowedValues: schema62.properties.dedup_mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.columns !== undefined){
let data11 = data8.columns;
const _errs36 = errors;
let valid9 = false;
const _errs37 = errors;
if(Array.isArray(data11)){
if(data11.length < 1){
const err27 = {instancePath:instancePath+"/import_options/columns",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(typeof data11[i1] !== "string"){
const err28 = {instancePath:instancePath+"/import_options/columns/" + i1,schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/import_options/columns",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid9 = valid9 || _valid2;
const _errs41 = errors;
if(data11 !== null){
const err30 = {instancePath:instancePath+"/import_options/columns",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const err31 = {instancePath:instancePath+"/import_options/columns",schemaPath:"https://duckstorage.local/schemas/ImportOptions/properties/columns/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/import_options",schemaPath:"https://duckstorage.local/schemas/ImportOptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const exportToFileBody = validate44;
const schema69 = {"$ref":"https://duckstorage.local/schemas/ExportRequest"};
const schema70 = {"type":"object","properties":{"format":{"type":"string","default":"csv","description":"`csv` or `parquet`."},"compression":{"anyOf":[{"type":"string","description":"csv: `gzip`; parquet: `gzip`, `zstd` or `snappy` (default snappy)."},{"type":"null"}]},"columns":{"anyOf":[{"type":"array","items":{"type":"string"},"description":"Column names to export, in this order (all when absent)."},{"type":"null"}]},"where_filter":{"anyOf":[{"type":"string","maxLength":65536,"description":"A filter as SQL text; parsed and checked, see deleteRows."},{"type":"null"}]},"where":{"$ref":"https://duckstorage.local/schemas/RowFilters"},"order_by":{"anyOf":[{"type":"array","items":{"$ref":"https://duckstorage.local/schemas/OrderBy"},"maxItems":32},{"type":"null"}]},"limit":{"anyOf":[{"type":"integer","minimum":0,"description":"0 or absent: every row."},{"type":"null"}]}},"$id":"https://duckstorage.local/schemas/ExportRequest"};
const schema71 = {"type":"object","additionalProperties":false,"properties":{"column":{"type":"string","minLength":1},"direction":{"type":"string","enum":["asc","desc"]}},"required":["column"],"$id":"https://duckstorage.local/schemas/OrderBy"};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/ExportRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
data.format = "csv";
}
if(typeof data.format !== "string"){
const err0 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.compression !== undefined){
let data1 = data.compression;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/compression",schemaPath:"#/properties/compression/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/compression",schemaPath:"#/properties/compression/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/compression",schemaPath:"#/properties/compression/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.columns !== undefined){
let data2 = data.columns;
const _errs10 = errors;
let valid2 = false;
const _errs11 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err4 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err6 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err7 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.where_filter !== undefined){
let data4 = data.where_filter;
const _errs18 = errors;
let valid5 = false;
const _errs19 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 65536){
const err8 = {instancePath:instancePath+"/where_filter",schemaPath:"#/properties/where_filter/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/where_filter",schemaPath:"#/properties/where_filter/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid5 = valid5 || _valid2;
const _errs21 = errors;
if(data4 !== null){
const err10 = {instancePath:instancePath+"/where_filter",schemaPath:"#/properties/where_filter/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err11 = {instancePath:instancePath+"/where_filter",schemaPath:"#/properties/where_filter/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.where !== undefined){
if(!(validate41(data.where, {instancePath:instancePath+"/where",parentData:data,parentDataProperty:"where",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.order_by !== undefined){
let data6 = data.order_by;
const _errs25 = errors;
let valid6 = false;
const _errs26 = errors;
if(Array.isArray(data6)){
if(data6.length > 32){
const err12 = {instancePath:instancePath+"/order_by",schemaPath:"#/properties/order_by/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.column === undefined){
const err13 = {instancePath:instancePath+"/order_by/" + i1,schemaPath:"https://duckstorage.local/schemas/OrderBy/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key0 in data7){
if(!((key0 === "column") || (key0 === "direction"))){
const err14 = {instancePath:instancePath+"/order_by/" + i1,schemaPath:"https://duckstorage.local/schemas/OrderBy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.column !== undefined){
let data8 = data7.column;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err15 = {instancePath:instancePath+"/order_by/" + i1+"/column",schemaPath:"https://duckstorage.local/schemas/OrderBy/properties/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/order_by/" + i1+"/column",schemaPath:"https://duckstorage.local/schemas/OrderBy/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.direction !== undefined){
let data9 = data7.direction;
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/order_by/" + i1+"/direction",schemaPath:"https://duckstorage.local/schemas/OrderBy/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data9 === "asc") || (data9 === "desc"))){
const err18 = {instancePath:instancePath+"/order_by/" + i1+"/direction",schemaPath:"https://duckstorage.local/schemas/OrderBy/properties/direction/enum",keyword:"enum",params:{allowedValues: schema71.properties.direction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/order_by/" + i1,schemaPath:"https://duckstorage.local/schemas/OrderBy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/order_by",schemaPath:"#/properties/order_by/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs26 === errors;
valid6 = valid6 || _valid3;
const _errs36 = errors;
if(data6 !== null){
const err21 = {instancePath:instancePath+"/order_by",schemaPath:"#/properties/order_by/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs36 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err22 = {instancePath:instancePath+"/order_by",schemaPath:"#/properties/order_by/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
if(data.limit !== undefined){
let data10 = data.limit;
const _errs39 = errors;
let valid11 = false;
const _errs40 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err23 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid4 = _errs40 === errors;
valid11 = valid11 || _valid4;
const _errs42 = errors;
if(data10 !== null){
const err25 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid4 = _errs42 === errors;
valid11 = valid11 || _valid4;
if(!valid11){
const err26 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"format":true,"compression":true,"columns":true,"where_filter":true,"where":true,"order_by":true,"limit":true},"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":{"format":true,"compression":true,"columns":true,"where_filter":true,"where":true,"order_by":true,"limit":true},"dynamicProps":false,"dynamicItems":false};

export const addColumnBody = validate48;
const schema72 = {"$ref":"https://duckstorage.local/schemas/AddColumnRequest"};
const schema73 = {"type":"object","properties":{"name":{"type":"string"},"type":{"type":"string","description":"A DuckDB type, checked by the type grammar of createTable."},"nullable":{"type":"boolean","default":true},"default":{"anyOf":[{"type":"string","description":"A literal or an allowed function, as in createTable."},{"type":"null"}]}},"required":["name","type"],"$id":"https://duckstorage.local/schemas/AddColumnRequest"};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nullable === undefined){
data.nullable = true;
}
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(typeof data.nullable !== "boolean"){
const err4 = {instancePath:instancePath+"/nullable",schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/properties/nullable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.default !== undefined){
let data3 = data.default;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/default",schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/properties/default/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid2 = valid2 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err6 = {instancePath:instancePath+"/default",schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/properties/default/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/default",schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/properties/default/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"https://duckstorage.local/schemas/AddColumnRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":{"name":true,"type":true,"nullable":true,"default":true},"dynamicProps":false,"dynamicItems":false};

export const alterColumnBody = validate49;
const schema74 = {"$ref":"https://duckstorage.local/schemas/AlterColumnRequest"};
const schema75 = {"type":"object","properties":{"new_name":{"anyOf":[{"type":"string"},{"type":"null"}]},"new_type":{"anyOf":[{"type":"string","description":"Every existing value must convert, else 400 naming one that does not."},{"type":"null"}]},"set_not_null":{"anyOf":[{"type":"boolean","description":"true: SET NOT NULL (refused while NULLs exist); false: DROP NOT NULL."},{"type":"null"}]},"set_default":{"anyOf":[{"type":"string","description":"New default; an empty string drops it."},{"type":"null"}]}},"$id":"https://duckstorage.local/schemas/AlterColumnRequest"};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.new_name !== undefined){
let data0 = data.new_name;
const _errs3 = errors;
let valid2 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/new_name",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/new_name/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid2 = valid2 || _valid0;
const _errs6 = errors;
if(data0 !== null){
const err1 = {instancePath:instancePath+"/new_name",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/new_name/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err2 = {instancePath:instancePath+"/new_name",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/new_name/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.new_type !== undefined){
let data1 = data.new_type;
const _errs9 = errors;
let valid3 = false;
const _errs10 = errors;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/new_type",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/new_type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid3 = valid3 || _valid1;
const _errs12 = errors;
if(data1 !== null){
const err4 = {instancePath:instancePath+"/new_type",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/new_type/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err5 = {instancePath:instancePath+"/new_type",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/new_type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.set_not_null !== undefined){
let data2 = data.set_not_null;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data2 !== "boolean"){
const err6 = {instancePath:instancePath+"/set_not_null",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/set_not_null/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs16 === errors;
valid4 = valid4 || _valid2;
const _errs18 = errors;
if(data2 !== null){
const err7 = {instancePath:instancePath+"/set_not_null",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/set_not_null/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err8 = {instancePath:instancePath+"/set_not_null",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/set_not_null/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.set_default !== undefined){
let data3 = data.set_default;
const _errs21 = errors;
let valid5 = false;
const _errs22 = errors;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/set_default",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/set_default/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid5 = valid5 || _valid3;
const _errs24 = errors;
if(data3 !== null){
const err10 = {instancePath:instancePath+"/set_default",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/set_default/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const err11 = {instancePath:instancePath+"/set_default",schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/properties/set_default/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://duckstorage.local/schemas/AlterColumnRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"new_name":true,"new_type":true,"set_not_null":true,"set_default":true},"dynamicProps":false,"dynamicItems":false};

export const setPrimaryKeyBody = validate50;
const schema76 = {"$ref":"https://duckstorage.local/schemas/SetPrimaryKeyRequest"};
const schema77 = {"type":"object","properties":{"columns":{"type":"array","items":{"type":"string"},"minItems":1}},"required":["columns"],"$id":"https://duckstorage.local/schemas/SetPrimaryKeyRequest"};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.columns === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/SetPrimaryKeyRequest/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.columns !== undefined){
let data0 = data.columns;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/columns",schemaPath:"https://duckstorage.local/schemas/SetPrimaryKeyRequest/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"https://duckstorage.local/schemas/SetPrimaryKeyRequest/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/columns",schemaPath:"https://duckstorage.local/schemas/SetPrimaryKeyRequest/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"https://duckstorage.local/schemas/SetPrimaryKeyRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"columns":true},"dynamicProps":false,"dynamicItems":false};

export const deleteRowsBody = validate51;
const schema78 = {"$ref":"https://duckstorage.local/schemas/DeleteRowsRequest"};
const schema79 = {"type":"object","properties":{"where_clause":{"type":"string","maxLength":65536,"description":"A filter as SQL text, e.g. `status = 'deleted' AND id IN (1, 2)`. It is parsed by DuckDB and only column references of this table, literals, comparisons, AND/OR/NOT, IN, BETWEEN, LIKE/ILIKE, IS [NOT] NULL and a short list of scalar functions are accepted; the statement is rebuilt from the checked tree with bound values. Anything else (subqueries, table functions, other tables, several statements) is 400 `invalid_where_clause`."},"where":{"$ref":"https://duckstorage.local/schemas/RowFilters"}},"description":"Give where_clause or where (or both, ANDed).","$id":"https://duckstorage.local/schemas/DeleteRowsRequest"};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/DeleteRowsRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.where_clause !== undefined){
let data0 = data.where_clause;
if(typeof data0 === "string"){
if(func1(data0) > 65536){
const err0 = {instancePath:instancePath+"/where_clause",schemaPath:"#/properties/where_clause/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/where_clause",schemaPath:"#/properties/where_clause/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.where !== undefined){
if(!(validate41(data.where, {instancePath:instancePath+"/where",parentData:data,parentDataProperty:"where",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"where_clause":true,"where":true},"dynamicProps":false,"dynamicItems":false};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"where_clause":true,"where":true},"dynamicProps":false,"dynamicItems":false};

export const createSnapshotBody = validate55;
const schema80 = {"$ref":"https://duckstorage.local/schemas/SnapshotCreateRequest"};
const schema81 = {"type":"object","additionalProperties":false,"properties":{"bucket":{"type":"string","minLength":1,"description":"Bucket of the table."},"table":{"type":"string","minLength":1,"description":"The table to snapshot."},"description":{"anyOf":[{"type":"string","maxLength":1024},{"type":"null"}]}},"required":["bucket","table"],"$id":"https://duckstorage.local/schemas/SnapshotCreateRequest"};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bucket === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/required",keyword:"required",params:{missingProperty: "bucket"},message:"must have required property '"+"bucket"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.table === undefined){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "bucket") || (key0 === "table")) || (key0 === "description"))){
const err2 = {instancePath,schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.bucket !== undefined){
let data0 = data.bucket;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/properties/bucket/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.table !== undefined){
let data1 = data.table;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/table",schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/properties/table/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/table",schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(typeof data2 === "string"){
if(func1(data2) > 1024){
const err7 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/properties/description/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/properties/description/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
const _errs11 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/properties/description/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err10 = {instancePath:instancePath+"/description",schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/properties/description/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"https://duckstorage.local/schemas/SnapshotCreateRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const restoreSnapshotBody = validate56;
const schema82 = {"$ref":"https://duckstorage.local/schemas/SnapshotRestoreRequest"};
const schema83 = {"type":"object","additionalProperties":false,"properties":{"target_bucket":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"Bucket to restore into; absent or null = the snapshot's bucket."},"target_table":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"Table name to restore as; absent or null = the snapshot's table name."}},"required":[],"$id":"https://duckstorage.local/schemas/SnapshotRestoreRequest"};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "target_bucket") || (key0 === "target_table"))){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.target_bucket !== undefined){
let data0 = data.target_bucket;
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/target_bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/properties/target_bucket/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/target_bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/properties/target_bucket/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
const _errs7 = errors;
if(data0 !== null){
const err3 = {instancePath:instancePath+"/target_bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/properties/target_bucket/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err4 = {instancePath:instancePath+"/target_bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/properties/target_bucket/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.target_table !== undefined){
let data1 = data.target_table;
const _errs10 = errors;
let valid3 = false;
const _errs11 = errors;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/target_table",schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/properties/target_table/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/target_table",schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/properties/target_table/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid3 = valid3 || _valid1;
const _errs13 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/target_table",schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/properties/target_table/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err8 = {instancePath:instancePath+"/target_table",schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/properties/target_table/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"https://duckstorage.local/schemas/SnapshotRestoreRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateProjectSnapshotSettingsBody = validate57;
const schema84 = {"$ref":"https://duckstorage.local/schemas/SnapshotConfigRequest"};
const schema85 = {"type":"object","additionalProperties":false,"properties":{"auto_snapshot_triggers":{"anyOf":[{"$ref":"https://duckstorage.local/schemas/SnapshotTriggerSettings"},{"type":"null"}],"description":"Which destructive changes take an automatic snapshot first; null unsets every trigger at this level."},"retention":{"anyOf":[{"$ref":"https://duckstorage.local/schemas/SnapshotRetentionSettings"},{"type":"null"}],"description":"How long snapshots are kept; null unsets both at this level."},"enabled":{"anyOf":[{"type":"boolean"},{"type":"null"}],"description":"Master switch: false refuses createSnapshot (400 `snapshots_disabled`) and takes no automatic snapshots."},"fail_on_error":{"anyOf":[{"type":"boolean"},{"type":"null"}],"description":"true: when an automatic snapshot fails, the change that triggered it is not made (the call fails); false: the failure is logged and the change goes ahead."}},"required":[],"description":"Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces the value stored here, an explicit null removes it (the level inherits it again), an omitted key keeps what this level already stores. Unknown keys at any depth are 422; retention days outside 1-3650 are 400 `invalid_config`.","$id":"https://duckstorage.local/schemas/SnapshotConfigRequest"};
const schema86 = {"type":"object","additionalProperties":false,"properties":{"drop_table":{"anyOf":[{"type":"boolean"},{"type":"null"}],"description":"Before deleteTable."},"truncate_table":{"anyOf":[{"type":"boolean"},{"type":"null"}],"description":"Before all rows of a table are deleted (deleteRows whose filter matches every row, as `delete_all_rows`: either one turns it on) and before a full load (importFromFile/importFromTable with incremental false) replaces a table that has rows."},"delete_all_rows":{"anyOf":[{"type":"boolean"},{"type":"null"}],"description":"Before deleteRows deletes every row of a table (counted, whatever the filter text; as `truncate_table`: either one turns it on)."},"drop_column":{"anyOf":[{"type":"boolean"},{"type":"null"}],"description":"Before dropColumn."},"restore_overwrite":{"anyOf":[{"type":"boolean"},{"type":"null"}],"description":"Before restoreSnapshot replaces an existing table."},"delete_bucket":{"anyOf":[{"type":"boolean"},{"type":"null"}],"description":"Before deleteBucket drops the bucket's tables."}},"required":[],"$id":"https://duckstorage.local/schemas/SnapshotTriggerSettings"};
const schema87 = {"type":"object","additionalProperties":false,"properties":{"manual_days":{"anyOf":[{"type":"integer"},{"type":"null"}],"description":"Days a manual snapshot is kept (1-3650)."},"auto_days":{"anyOf":[{"type":"integer"},{"type":"null"}],"description":"Days an automatic snapshot is kept (1-3650)."}},"required":[],"$id":"https://duckstorage.local/schemas/SnapshotRetentionSettings"};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/SnapshotConfigRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "auto_snapshot_triggers") || (key0 === "retention")) || (key0 === "enabled")) || (key0 === "fail_on_error"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.auto_snapshot_triggers !== undefined){
let data0 = data.auto_snapshot_triggers;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((((((key1 === "drop_table") || (key1 === "truncate_table")) || (key1 === "delete_all_rows")) || (key1 === "drop_column")) || (key1 === "restore_overwrite")) || (key1 === "delete_bucket"))){
const err1 = {instancePath:instancePath+"/auto_snapshot_triggers",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.drop_table !== undefined){
let data1 = data0.drop_table;
const _errs9 = errors;
let valid4 = false;
const _errs10 = errors;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/auto_snapshot_triggers/drop_table",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/drop_table/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid4 = valid4 || _valid1;
const _errs12 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/auto_snapshot_triggers/drop_table",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/drop_table/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err4 = {instancePath:instancePath+"/auto_snapshot_triggers/drop_table",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/drop_table/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data0.truncate_table !== undefined){
let data2 = data0.truncate_table;
const _errs15 = errors;
let valid5 = false;
const _errs16 = errors;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/auto_snapshot_triggers/truncate_table",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/truncate_table/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid2 = _errs16 === errors;
valid5 = valid5 || _valid2;
const _errs18 = errors;
if(data2 !== null){
const err6 = {instancePath:instancePath+"/auto_snapshot_triggers/truncate_table",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/truncate_table/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err7 = {instancePath:instancePath+"/auto_snapshot_triggers/truncate_table",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/truncate_table/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data0.delete_all_rows !== undefined){
let data3 = data0.delete_all_rows;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data3 !== "boolean"){
const err8 = {instancePath:instancePath+"/auto_snapshot_triggers/delete_all_rows",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/delete_all_rows/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid6 = valid6 || _valid3;
const _errs24 = errors;
if(data3 !== null){
const err9 = {instancePath:instancePath+"/auto_snapshot_triggers/delete_all_rows",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/delete_all_rows/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err10 = {instancePath:instancePath+"/auto_snapshot_triggers/delete_all_rows",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/delete_all_rows/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data0.drop_column !== undefined){
let data4 = data0.drop_column;
const _errs27 = errors;
let valid7 = false;
const _errs28 = errors;
if(typeof data4 !== "boolean"){
const err11 = {instancePath:instancePath+"/auto_snapshot_triggers/drop_column",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/drop_column/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid4 = _errs28 === errors;
valid7 = valid7 || _valid4;
const _errs30 = errors;
if(data4 !== null){
const err12 = {instancePath:instancePath+"/auto_snapshot_triggers/drop_column",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/drop_column/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid4 = _errs30 === errors;
valid7 = valid7 || _valid4;
if(!valid7){
const err13 = {instancePath:instancePath+"/auto_snapshot_triggers/drop_column",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/drop_column/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data0.restore_overwrite !== undefined){
let data5 = data0.restore_overwrite;
const _errs33 = errors;
let valid8 = false;
const _errs34 = errors;
if(typeof data5 !== "boolean"){
const err14 = {instancePath:instancePath+"/auto_snapshot_triggers/restore_overwrite",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/restore_overwrite/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid5 = _errs34 === errors;
valid8 = valid8 || _valid5;
const _errs36 = errors;
if(data5 !== null){
const err15 = {instancePath:instancePath+"/auto_snapshot_triggers/restore_overwrite",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/restore_overwrite/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid5 = _errs36 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const err16 = {instancePath:instancePath+"/auto_snapshot_triggers/restore_overwrite",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/restore_overwrite/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data0.delete_bucket !== undefined){
let data6 = data0.delete_bucket;
const _errs39 = errors;
let valid9 = false;
const _errs40 = errors;
if(typeof data6 !== "boolean"){
const err17 = {instancePath:instancePath+"/auto_snapshot_triggers/delete_bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/delete_bucket/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid6 = _errs40 === errors;
valid9 = valid9 || _valid6;
const _errs42 = errors;
if(data6 !== null){
const err18 = {instancePath:instancePath+"/auto_snapshot_triggers/delete_bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/delete_bucket/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid6 = _errs42 === errors;
valid9 = valid9 || _valid6;
if(!valid9){
const err19 = {instancePath:instancePath+"/auto_snapshot_triggers/delete_bucket",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/properties/delete_bucket/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/auto_snapshot_triggers",schemaPath:"https://duckstorage.local/schemas/SnapshotTriggerSettings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs44 = errors;
if(data0 !== null){
const err21 = {instancePath:instancePath+"/auto_snapshot_triggers",schemaPath:"#/properties/auto_snapshot_triggers/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs44 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err22 = {instancePath:instancePath+"/auto_snapshot_triggers",schemaPath:"#/properties/auto_snapshot_triggers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.retention !== undefined){
let data7 = data.retention;
const _errs47 = errors;
let valid10 = false;
const _errs48 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!((key2 === "manual_days") || (key2 === "auto_days"))){
const err23 = {instancePath:instancePath+"/retention",schemaPath:"https://duckstorage.local/schemas/SnapshotRetentionSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.manual_days !== undefined){
let data8 = data7.manual_days;
const _errs53 = errors;
let valid13 = false;
const _errs54 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err24 = {instancePath:instancePath+"/retention/manual_days",schemaPath:"https://duckstorage.local/schemas/SnapshotRetentionSettings/properties/manual_days/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid8 = _errs54 === errors;
valid13 = valid13 || _valid8;
const _errs56 = errors;
if(data8 !== null){
const err25 = {instancePath:instancePath+"/retention/manual_days",schemaPath:"https://duckstorage.local/schemas/SnapshotRetentionSettings/properties/manual_days/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid8 = _errs56 === errors;
valid13 = valid13 || _valid8;
if(!valid13){
const err26 = {instancePath:instancePath+"/retention/manual_days",schemaPath:"https://duckstorage.local/schemas/SnapshotRetentionSettings/properties/manual_days/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data7.auto_days !== undefined){
let data9 = data7.auto_days;
const _errs59 = errors;
let valid14 = false;
const _errs60 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err27 = {instancePath:instancePath+"/retention/auto_days",schemaPath:"https://duckstorage.local/schemas/SnapshotRetentionSettings/properties/auto_days/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid9 = _errs60 === errors;
valid14 = valid14 || _valid9;
const _errs62 = errors;
if(data9 !== null){
const err28 = {instancePath:instancePath+"/retention/auto_days",schemaPath:"https://duckstorage.local/schemas/SnapshotRetentionSettings/properties/auto_days/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid9 = _errs62 === errors;
valid14 = valid14 || _valid9;
if(!valid14){
const err29 = {instancePath:instancePath+"/retention/auto_days",schemaPath:"https://duckstorage.local/schemas/SnapshotRetentionSettings/properties/auto_days/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/retention",schemaPath:"https://duckstorage.local/schemas/SnapshotRetentionSettings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid7 = _errs48 === errors;
valid10 = valid10 || _valid7;
const _errs64 = errors;
if(data7 !== null){
const err31 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid7 = _errs64 === errors;
valid10 = valid10 || _valid7;
if(!valid10){
const err32 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
}
if(data.enabled !== undefined){
let data10 = data.enabled;
const _errs67 = errors;
let valid15 = false;
const _errs68 = errors;
if(typeof data10 !== "boolean"){
const err33 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid10 = _errs68 === errors;
valid15 = valid15 || _valid10;
const _errs70 = errors;
if(data10 !== null){
const err34 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid10 = _errs70 === errors;
valid15 = valid15 || _valid10;
if(!valid15){
const err35 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
}
if(data.fail_on_error !== undefined){
let data11 = data.fail_on_error;
const _errs73 = errors;
let valid16 = false;
const _errs74 = errors;
if(typeof data11 !== "boolean"){
const err36 = {instancePath:instancePath+"/fail_on_error",schemaPath:"#/properties/fail_on_error/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid11 = _errs74 === errors;
valid16 = valid16 || _valid11;
const _errs76 = errors;
if(data11 !== null){
const err37 = {instancePath:instancePath+"/fail_on_error",schemaPath:"#/properties/fail_on_error/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid11 = _errs76 === errors;
valid16 = valid16 || _valid11;
if(!valid16){
const err38 = {instancePath:instancePath+"/fail_on_error",schemaPath:"#/properties/fail_on_error/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateBucketSnapshotSettingsBody = validate60;
const schema88 = {"$ref":"https://duckstorage.local/schemas/SnapshotConfigRequest"};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateTableSnapshotSettingsBody = validate62;
const schema89 = {"$ref":"https://duckstorage.local/schemas/SnapshotConfigRequest"};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createWorkspaceBody = validate64;
const schema90 = {"$ref":"https://duckstorage.local/schemas/WorkspaceCreateRequest"};
const schema91 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","maxLength":255,"description":"A label; need not be unique."},"ttl_hours":{"anyOf":[{"type":"integer","minimum":1,"maximum":8760,"description":"Lifetime in hours; absent or null: the workspace never expires."},{"type":"null"}]},"size_limit_gb":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"What the workspace may use, in GiB: loads past it fail, and SQL sessions of a workspace over it are ended."},"preload_tables":{"type":"array","maxItems":100,"items":{"type":"string","minLength":3,"maxLength":300},"description":"Tables (`bucket.table`) copied in at once, as loadWorkspaceTables does. An unknown one fails the request before anything is created; a load that fails deletes the new workspace again and is the answer."}},"required":["name"],"$id":"https://duckstorage.local/schemas/WorkspaceCreateRequest"};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.size_limit_gb === undefined){
data.size_limit_gb = 10;
}
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "ttl_hours")) || (key0 === "size_limit_gb")) || (key0 === "preload_tables"))){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err2 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ttl_hours !== undefined){
let data1 = data.ttl_hours;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err4 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 8760 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err8 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
let data2 = data.size_limit_gb;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err9 = {instancePath:instancePath+"/size_limit_gb",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/size_limit_gb/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 > 1000 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/size_limit_gb",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/size_limit_gb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/size_limit_gb",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/size_limit_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.preload_tables !== undefined){
let data3 = data.preload_tables;
if(Array.isArray(data3)){
if(data3.length > 100){
const err12 = {instancePath:instancePath+"/preload_tables",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 300){
const err13 = {instancePath:instancePath+"/preload_tables/" + i0,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/items/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data4) < 3){
const err14 = {instancePath:instancePath+"/preload_tables/" + i0,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/preload_tables/" + i0,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/preload_tables",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const loadWorkspaceTablesBody = validate65;
const schema92 = {"$ref":"https://duckstorage.local/schemas/WorkspaceLoadRequest"};
const schema93 = {"type":"object","additionalProperties":false,"properties":{"tables":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"https://duckstorage.local/schemas/WorkspaceLoadItem"}}},"required":["tables"],"$id":"https://duckstorage.local/schemas/WorkspaceLoadRequest"};
const schema94 = {"type":"object","additionalProperties":false,"properties":{"source":{"type":"string","minLength":1,"maxLength":300,"description":"`bucket.table` as the workspace's project view names it (a linked bucket by its link name). A bucket name with dots (`in.c-sales.orders`) is the longest prefix that is a bucket."},"destination":{"anyOf":[{"type":"string","minLength":1,"maxLength":255,"description":"Table name in the workspace's `main` schema (default: the source table's); names starting with `_` are internal: 400 `invalid_destination`."},{"type":"null"}]},"columns":{"anyOf":[{"type":"array","maxItems":4096,"items":{"type":"string","minLength":1},"description":"Source columns to copy, in this order (all when absent or empty)."},{"type":"null"}]},"where":{"$ref":"https://duckstorage.local/schemas/RowFilters"},"overwrite":{"type":"boolean","default":false,"description":"Replace a table or view of that name; false: the item fails with `destination_exists`."}},"required":["source"],"$id":"https://duckstorage.local/schemas/WorkspaceLoadItem"};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/WorkspaceLoadItem" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.overwrite === undefined){
data.overwrite = false;
}
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "source") || (key0 === "destination")) || (key0 === "columns")) || (key0 === "where")) || (key0 === "overwrite"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 === "string"){
if(func1(data0) > 300){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.destination !== undefined){
let data1 = data.destination;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err5 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err8 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.columns !== undefined){
let data2 = data.columns;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(Array.isArray(data2)){
if(data2.length > 4096){
const err10 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 4096},message:"must NOT have more than 4096 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/anyOf/0/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
const _errs16 = errors;
if(data2 !== null){
const err14 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err15 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.where !== undefined){
if(!(validate41(data.where, {instancePath:instancePath+"/where",parentData:data,parentDataProperty:"where",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(typeof data.overwrite !== "boolean"){
const err16 = {instancePath:instancePath+"/overwrite",schemaPath:"#/properties/overwrite/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://duckstorage.local/schemas/WorkspaceLoadRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tables === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tables"},message:"must have required property '"+"tables"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "tables")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tables !== undefined){
let data0 = data.tables;
if(Array.isArray(data0)){
if(data0.length > 100){
const err2 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate67(data0[i0], {instancePath:instancePath+"/tables/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createBranchWorkspaceBody = validate71;
const schema95 = {"$ref":"https://duckstorage.local/schemas/WorkspaceCreateRequest"};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.size_limit_gb === undefined){
data.size_limit_gb = 10;
}
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "ttl_hours")) || (key0 === "size_limit_gb")) || (key0 === "preload_tables"))){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err2 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ttl_hours !== undefined){
let data1 = data.ttl_hours;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err4 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 8760 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err8 = {instancePath:instancePath+"/ttl_hours",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/ttl_hours/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
let data2 = data.size_limit_gb;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err9 = {instancePath:instancePath+"/size_limit_gb",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/size_limit_gb/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 > 1000 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/size_limit_gb",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/size_limit_gb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/size_limit_gb",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/size_limit_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.preload_tables !== undefined){
let data3 = data.preload_tables;
if(Array.isArray(data3)){
if(data3.length > 100){
const err12 = {instancePath:instancePath+"/preload_tables",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 300){
const err13 = {instancePath:instancePath+"/preload_tables/" + i0,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/items/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data4) < 3){
const err14 = {instancePath:instancePath+"/preload_tables/" + i0,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/preload_tables/" + i0,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/preload_tables",schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/properties/preload_tables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"https://duckstorage.local/schemas/WorkspaceCreateRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const authenticatePgwireUserBody = validate72;
const schema97 = {"$ref":"https://duckstorage.local/schemas/PGWireAuthRequest"};
const schema98 = {"type":"object","additionalProperties":false,"properties":{"username":{"type":"string","minLength":1,"maxLength":255},"password":{"type":"string","maxLength":1024},"client_ip":{"anyOf":[{"type":"string","maxLength":255,"description":"Failed attempts are counted per username and per this address."},{"type":"null"}]}},"required":["username","password"],"$id":"https://duckstorage.local/schemas/PGWireAuthRequest"};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.password === undefined){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "username") || (key0 === "password")) || (key0 === "client_ip"))){
const err2 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.username !== undefined){
let data0 = data.username;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err3 = {instancePath:instancePath+"/username",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/username/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/username",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/username",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.password !== undefined){
let data1 = data.password;
if(typeof data1 === "string"){
if(func1(data1) > 1024){
const err6 = {instancePath:instancePath+"/password",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/password/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/password",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.client_ip !== undefined){
let data2 = data.client_ip;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err8 = {instancePath:instancePath+"/client_ip",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/client_ip/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/client_ip",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/client_ip/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
const _errs11 = errors;
if(data2 !== null){
const err10 = {instancePath:instancePath+"/client_ip",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/client_ip/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err11 = {instancePath:instancePath+"/client_ip",schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/properties/client_ip/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireAuthRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const registerPgwireSessionBody = validate73;
const schema99 = {"$ref":"https://duckstorage.local/schemas/PGWireSessionCreateRequest"};
const schema100 = {"type":"object","additionalProperties":false,"properties":{"session_id":{"type":"string","minLength":1,"maxLength":128},"workspace_id":{"type":"string","minLength":1,"maxLength":64},"client_ip":{"anyOf":[{"type":"string","maxLength":255},{"type":"null"}]}},"required":["session_id","workspace_id"],"$id":"https://duckstorage.local/schemas/PGWireSessionCreateRequest"};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.session_id === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/required",keyword:"required",params:{missingProperty: "session_id"},message:"must have required property '"+"session_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.workspace_id === undefined){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/required",keyword:"required",params:{missingProperty: "workspace_id"},message:"must have required property '"+"workspace_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "session_id") || (key0 === "workspace_id")) || (key0 === "client_ip"))){
const err2 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.session_id !== undefined){
let data0 = data.session_id;
if(typeof data0 === "string"){
if(func1(data0) > 128){
const err3 = {instancePath:instancePath+"/session_id",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/session_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/session_id",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/session_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/session_id",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/session_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.workspace_id !== undefined){
let data1 = data.workspace_id;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err6 = {instancePath:instancePath+"/workspace_id",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/workspace_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/workspace_id",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/workspace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/workspace_id",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/workspace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.client_ip !== undefined){
let data2 = data.client_ip;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err9 = {instancePath:instancePath+"/client_ip",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/client_ip/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/client_ip",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/client_ip/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
const _errs11 = errors;
if(data2 !== null){
const err11 = {instancePath:instancePath+"/client_ip",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/client_ip/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err12 = {instancePath:instancePath+"/client_ip",schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/properties/client_ip/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireSessionCreateRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updatePgwireSessionActivityBody = validate74;
const schema101 = {"$ref":"https://duckstorage.local/schemas/PGWireSessionUpdateRequest"};
const schema102 = {"type":"object","additionalProperties":false,"properties":{"increment_queries":{"type":"boolean","default":true}},"required":[],"$id":"https://duckstorage.local/schemas/PGWireSessionUpdateRequest"};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.increment_queries === undefined){
data.increment_queries = true;
}
for(const key0 in data){
if(!(key0 === "increment_queries")){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireSessionUpdateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(typeof data.increment_queries !== "boolean"){
const err1 = {instancePath:instancePath+"/increment_queries",schemaPath:"https://duckstorage.local/schemas/PGWireSessionUpdateRequest/properties/increment_queries/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"https://duckstorage.local/schemas/PGWireSessionUpdateRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const executeDriverCommandBody = validate75;
const schema103 = {"$ref":"https://duckstorage.local/schemas/DriverExecuteRequest"};
const schema104 = {"type":"object","required":["command"],"additionalProperties":false,"properties":{"command":{"type":"object","additionalProperties":true,"description":"`type` or `@type` plus the command message fields (proto3 JSON)."},"credentials":{"type":["object","null"],"additionalProperties":true,"description":"GenericBackendCredentials: `host` (else `project_id`) names the project; the key is the bearer token.","properties":{"host":{"type":["string","null"]},"project_id":{"type":["string","null"]},"principal":{"type":["string","null"]}}},"features":{"type":["array","null"],"items":{"type":"string"}},"runtimeOptions":{"type":["object","null"],"additionalProperties":true,"properties":{"runId":{"type":["string","null"]}}}},"$id":"https://duckstorage.local/schemas/DriverExecuteRequest"};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.command === undefined){
const err0 = {instancePath,schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "command") || (key0 === "credentials")) || (key0 === "features")) || (key0 === "runtimeOptions"))){
const err1 = {instancePath,schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.command !== undefined){
let data0 = data.command;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
}
else {
const err2 = {instancePath:instancePath+"/command",schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/command/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.credentials !== undefined){
let data1 = data.credentials;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
const err3 = {instancePath:instancePath+"/credentials",schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/credentials/type",keyword:"type",params:{type: schema104.properties.credentials.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.host !== undefined){
let data2 = data1.host;
if((typeof data2 !== "string") && (data2 !== null)){
const err4 = {instancePath:instancePath+"/credentials/host",schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/credentials/properties/host/type",keyword:"type",params:{type: schema104.properties.credentials.properties.host.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.project_id !== undefined){
let data3 = data1.project_id;
if((typeof data3 !== "string") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/credentials/project_id",schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/credentials/properties/project_id/type",keyword:"type",params:{type: schema104.properties.credentials.properties.project_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.principal !== undefined){
let data4 = data1.principal;
if((typeof data4 !== "string") && (data4 !== null)){
const err6 = {instancePath:instancePath+"/credentials/principal",schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/credentials/properties/principal/type",keyword:"type",params:{type: schema104.properties.credentials.properties.principal.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
if(data.features !== undefined){
let data5 = data.features;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err7 = {instancePath:instancePath+"/features",schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/features/type",keyword:"type",params:{type: schema104.properties.features.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err8 = {instancePath:instancePath+"/features/" + i0,schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/features/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
if(data.runtimeOptions !== undefined){
let data7 = data.runtimeOptions;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
const err9 = {instancePath:instancePath+"/runtimeOptions",schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/runtimeOptions/type",keyword:"type",params:{type: schema104.properties.runtimeOptions.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.runId !== undefined){
let data8 = data7.runId;
if((typeof data8 !== "string") && (data8 !== null)){
const err10 = {instancePath:instancePath+"/runtimeOptions/runId",schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/properties/runtimeOptions/properties/runId/type",keyword:"type",params:{type: schema104.properties.runtimeOptions.properties.runId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"https://duckstorage.local/schemas/DriverExecuteRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
